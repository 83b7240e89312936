package space.consortium.partners.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class PartnerApiPostgresTests extends PartnerApiContract {
}
