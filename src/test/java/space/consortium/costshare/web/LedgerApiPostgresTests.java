package space.consortium.costshare.web;

import space.consortium.support.UsePostgres;

@UsePostgres
class LedgerApiPostgresTests extends LedgerApiContract {
}
