import Foundation

/// The PINs and one-time-code secrets out of every desk's reach (migration v13). Until v11 they
/// were tables of the store's own schema, so an administrator following the usual
/// `GRANT SELECT ON ALL TABLES IN SCHEMA public TO …` gave every desk and the web gateway
/// `SELECT * FROM operator_pin`. Now `operator_pin` and `operator_totp` live in a schema of
/// their own, `<schema>_rahasia` (`public_rahasia` for `public`), owned by the schema's owner,
/// with no right for anyone else. A grant on the store's schema or on all its tables does not
/// reach it; the SECURITY DEFINER functions of v6 (`sop_pin_of`, `sop_set_pin`,
/// `sop_pin_attempt`, `sop_totp_of`, `sop_set_totp`, `sop_use_totp_step`) run as the owner and
/// find the tables through their fixed search path (the temporary schema last, as v12 set it), so
/// the server works as before.
public enum PostgresSecrets {
    /// The private schema's name for a store schema.
    public static func schema(of name: String) -> String { name + "_rahasia" }

    static let functions = ["sop_pin_of(text)", "sop_set_pin(text, bytea, bytea, text, bigint)",
                            "sop_pin_attempt(text, boolean, bigint, integer, bigint)", "sop_totp_of(text)",
                            "sop_set_totp(text, text, bigint)", "sop_use_totp_step(text, bigint)"]

    static let migration = """
        DO $v13$
        DECLARE
            home TEXT := current_schema();
            private TEXT := current_schema() || '_rahasia';
        BEGIN
            EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', private);
            EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', private);
            EXECUTE format('ALTER TABLE operator_pin SET SCHEMA %I', private);
            EXECUTE format('ALTER TABLE operator_totp SET SCHEMA %I', private);
            EXECUTE format('REVOKE ALL ON %I.operator_pin, %I.operator_totp FROM PUBLIC', private, private);
        \(functions.map { "    EXECUTE format('ALTER FUNCTION %I.\($0) SET search_path = %I, %I, pg_temp', home, home, private);" }
            .joined(separator: "\n"))
        END $v13$;
        """
}
