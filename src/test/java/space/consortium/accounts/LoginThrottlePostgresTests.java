package space.consortium.accounts;

import space.consortium.support.UsePostgres;

@UsePostgres
class LoginThrottlePostgresTests extends LoginThrottleContract {
}
