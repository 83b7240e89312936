package space.consortium.agreements;

import space.consortium.support.UsePostgres;

@UsePostgres
class AgreementPersistencePostgresTests extends AgreementPersistenceContract {
}
