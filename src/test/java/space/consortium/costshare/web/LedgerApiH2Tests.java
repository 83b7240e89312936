package space.consortium.costshare.web;

class LedgerApiH2Tests extends LedgerApiContract {
}
