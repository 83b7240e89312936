package space.consortium;

class RegistrySchemaH2Tests extends RegistrySchemaContract {
}
