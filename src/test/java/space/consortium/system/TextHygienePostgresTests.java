package space.consortium.system;

import space.consortium.support.UsePostgres;

@UsePostgres
class TextHygienePostgresTests extends TextHygieneContract {
}
