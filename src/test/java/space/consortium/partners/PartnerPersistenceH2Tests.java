package space.consortium.partners;

class PartnerPersistenceH2Tests extends PartnerPersistenceContract {
}
