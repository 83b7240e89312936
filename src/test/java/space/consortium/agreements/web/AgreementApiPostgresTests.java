package space.consortium.agreements.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class AgreementApiPostgresTests extends AgreementApiContract {
}
