package space.consortium.system.web;

class PageCacheH2Tests extends PageCacheContract {
}
