package space.consortium.accounts;

class AccountSecurityH2Tests extends AccountSecurityContract {
}
