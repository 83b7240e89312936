package space.consortium.agreements.web;

class AgreementApiH2Tests extends AgreementApiContract {
}
