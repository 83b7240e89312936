package space.consortium.partners;

import space.consortium.support.UsePostgres;

@UsePostgres
class PartnerPersistencePostgresTests extends PartnerPersistenceContract {
}
