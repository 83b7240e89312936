package space.consortium.accounts;

class LoginThrottleH2Tests extends LoginThrottleContract {
}
