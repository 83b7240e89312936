package space.consortium.accounts;

import space.consortium.support.UsePostgres;

@UsePostgres
class AccountSecurityPostgresTests extends AccountSecurityContract {
}
