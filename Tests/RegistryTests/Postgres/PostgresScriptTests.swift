import Testing

@testable import RegistryPostgres

/// What needs no server: cutting a migration into statements, reading a URL.
@Suite("PostgreSQL store: migration scripts and URLs")
struct PostgresScriptTests {
    @Test func statementsSplitOutsideQuotesCommentsAndDollarBodies() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE t (a text DEFAULT 'x;y', "we;ird" int);
            /* block; comment */
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
            BEGIN
                RETURN 1; -- inside the body
            END $$;
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'it''s; fine' $body$;
            -- trailing comment only
            """
        let statements = SQLScript.statements(script)
        #expect(statements.count == 3)
        #expect(statements[0].hasSuffix("CREATE TABLE t (a text DEFAULT 'x;y', \"we;ird\" int)"))
        #expect(statements[1].contains("RETURN 1; -- inside the body\nEND $$"))
        #expect(statements[2].hasSuffix("$body$ SELECT 'it''s; fine' $body$"))
    }

    @Test func everyEmbeddedMigrationSplitsIntoStatements() {
        let migrations = PostgresMigration.embedded
        #expect(migrations.map(\.identifier).first == "001_registry")
        for migration in migrations {
            let statements = SQLScript.statements(migration.sql)
            #expect(!statements.isEmpty)
            #expect(statements.allSatisfy { !$0.hasPrefix(";") })
        }
    }

    @Test func urls() throws {
        let location = try PostgresLocation(url: "postgresql://puhui:s%40cret@db.example:6543/registry?sslmode=require")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.username == "puhui")
        #expect(location.password == "s@cret")
        #expect(location.database == "registry")
        #expect(location.tls == .require)
        #expect(location.description == "postgresql://puhui@db.example:6543/registry")
        #expect(try PostgresLocation(url: "postgres://a@h/d").port == 5432)
        #expect(try PostgresLocation(url: "postgres://a@h/d").tls == .prefer)
        for bad in [
            "postgresql://h/d", "postgresql://a@h", "postgresql://a@h/d?sslmode=maybe", "postgresql://a@h/d?x=1",
        ] {
            #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: bad) }
        }
        #expect(PostgresLocation.redacted("postgresql://u:pw@h/d") == "postgresql://u:***@h/d")
        #expect(PostgresLocation.isURL("postgresql://u@h/d") && !PostgresLocation.isURL("/tmp/registry.sqlite"))
    }
}
