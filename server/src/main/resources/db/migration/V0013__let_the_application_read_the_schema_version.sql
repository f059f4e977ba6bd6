-- A tenant's archive records the schema version it was written with, and an import refuses another version
-- (moving a regency between deployments): the application role reads the migration history, nothing more.
GRANT SELECT ON flyway_schema_history TO ${appRole};
