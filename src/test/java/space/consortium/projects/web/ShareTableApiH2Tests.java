package space.consortium.projects.web;

class ShareTableApiH2Tests extends ShareTableApiContract {
}
