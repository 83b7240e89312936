package space.consortium.system;

class TextHygieneH2Tests extends TextHygieneContract {
}
