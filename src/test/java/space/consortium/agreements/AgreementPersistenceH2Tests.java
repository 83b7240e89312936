package space.consortium.agreements;

class AgreementPersistenceH2Tests extends AgreementPersistenceContract {
}
