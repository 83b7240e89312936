package space.consortium.partners.web;

class PartnerApiH2Tests extends PartnerApiContract {
}
