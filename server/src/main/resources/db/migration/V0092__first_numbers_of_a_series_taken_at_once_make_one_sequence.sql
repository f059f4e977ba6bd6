-- tracking_number_next (V0090) made a series' sequence on its first call under an advisory lock, then looked again
-- whether another transaction had made it meanwhile. An advisory lock does not make the backend read the catalog
-- changes committed while it waited, so the second of two first calls at once could still find no sequence and
-- fail to create it ("relation already exists"): the benchmark's replay met it at its first second. A lock on
-- tracking_counter (which the creation writes anyway; ROW EXCLUSIVE conflicts with no insert) does make it read
-- them, so the second call now finds the first one's sequence and takes its next number.
CREATE OR REPLACE FUNCTION tracking_number_next(p_series varchar, p_year integer) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_tenant varchar := current_setting('balai.tenant_id', true);
    v_name   text;
    v_seq    regclass;
    v_start  bigint;
BEGIN
    IF v_tenant IS NULL OR v_tenant = '' THEN
        RAISE EXCEPTION 'no tenant is bound to this transaction' USING ERRCODE = '42501';
    END IF;
    v_name := 'tracking_' || md5(v_tenant || '/' || p_series || '/' || p_year);
    v_seq := to_regclass(v_name);
    IF v_seq IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(v_name));
        LOCK TABLE tracking_counter IN ROW EXCLUSIVE MODE;
        v_seq := to_regclass(v_name);
        IF v_seq IS NULL THEN
            SELECT coalesce(max(last), 0) + 1 INTO v_start FROM tracking_counter
                WHERE tenant_id = v_tenant AND series = p_series AND year = p_year;
            EXECUTE format('CREATE SEQUENCE %I START %s CACHE 1', v_name, v_start);
            -- The counter's row names the sequence's series and year for tracking_counters_flush().
            INSERT INTO tracking_counter (tenant_id, series, year, last) VALUES (v_tenant, p_series, p_year, v_start - 1)
            ON CONFLICT (tenant_id, series, year) DO NOTHING;
            v_seq := v_name::regclass;
        END IF;
    END IF;
    RETURN nextval(v_seq);
END
$$;
