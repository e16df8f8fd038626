-- Retirement must find the deliveries parked for a learner's attempts. PSI's route names the attempt's external
-- id already; SoftwareSecure's body names the attempt code, now kept in a column of its own. No index: the table
-- holds dead letters only, and retirement is rare.
ALTER TABLE parked_delivery ADD COLUMN attempt_code varchar(64);
-- [jooq ignore start]
-- Deliveries parked before this column existed: their redacted body still holds the code. A body that is not
-- JSON (none should be) is left without one rather than failing the upgrade.
DO $$
DECLARE
    parked record;
BEGIN
    FOR parked IN SELECT id, payload FROM parked_delivery WHERE vendor = 'software_secure' LOOP
        BEGIN
            UPDATE parked_delivery
               SET attempt_code = left(parked.payload::jsonb #>> '{examMetaData,examCode}', 64)
             WHERE id = parked.id;
        EXCEPTION WHEN invalid_text_representation THEN
            NULL;
        END;
    END LOOP;
END
$$;
-- [jooq ignore stop]
