package space.consortium;

import space.consortium.support.UsePostgres;

@UsePostgres
class RegistrySchemaPostgresTests extends RegistrySchemaContract {
}
