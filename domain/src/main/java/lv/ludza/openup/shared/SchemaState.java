package lv.ludza.openup.shared;

/** Whether the database schema is the one the application expects (answered by the EJB module's migration). */
public interface SchemaState {

    /** The version of the schema in the database, {@code none} before the first migration. */
    String version();

    /** Why the schema is not ready (migrations pending or failed), or null when it is. */
    String problem();
}
