-- Tracking and registration numbers from a sequence per tenant, series and year (issue 19 item 2), instead of the
-- row of tracking_counter that a submission locked until its commit. nextval() takes no lock that anyone waits on
-- and needs no transaction of its own, so a submission is one transaction with one commit; a number taken by a
-- submission that then fails is a gap, as before. The numbers of one series stay unique and increasing.
--
-- tracking_counter stays the portable record of each series: a sequence starts after the counter's last number
-- (so the numbers a regency brought along, from a move or a generated data set, are never handed out again), holds
-- a row for every sequence (its series and year; the sequence's name is derived from them), and
-- tracking_counters_flush() writes the sequences' last numbers into it before a regency's records are exported.
-- The next number of a series for the tenant bound to the transaction (never another's: the tenant is read from the
-- transaction, not passed). The first call of a year creates the sequence, under an advisory lock so that two first
-- calls make one; that creation commits or rolls back with the caller's transaction. SECURITY DEFINER because the
-- application role may not create objects.
CREATE FUNCTION tracking_number_next(p_series varchar, p_year integer) RETURNS bigint
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
REVOKE ALL ON FUNCTION tracking_number_next(varchar, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tracking_number_next(varchar, integer) TO ${appRole};

-- Writes the last number each of the bound tenant's sequences handed out into tracking_counter: before an export,
-- so that the archive carries every series where it stands.
CREATE FUNCTION tracking_counters_flush() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_tenant varchar := current_setting('balai.tenant_id', true);
    r        record;
    v_seq    regclass;
    v_last   bigint;
    v_called boolean;
    n        integer := 0;
BEGIN
    IF v_tenant IS NULL OR v_tenant = '' THEN
        RAISE EXCEPTION 'no tenant is bound to this transaction' USING ERRCODE = '42501';
    END IF;
    FOR r IN SELECT series, year FROM tracking_counter WHERE tenant_id = v_tenant LOOP
        v_seq := to_regclass('tracking_' || md5(v_tenant || '/' || r.series || '/' || r.year));
        CONTINUE WHEN v_seq IS NULL;
        EXECUTE format('SELECT last_value, is_called FROM %s', v_seq) INTO v_last, v_called;
        IF v_called THEN
            UPDATE tracking_counter SET last = greatest(last, v_last)
                WHERE tenant_id = v_tenant AND series = r.series AND year = r.year;
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION tracking_counters_flush() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tracking_counters_flush() TO ${appRole};

-- After a regency's records are imported: a sequence left here by an earlier stay of the same regency (moved away
-- and back) continues after the imported counter's last number, never below it.
CREATE FUNCTION tracking_counters_adopt() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_tenant varchar := current_setting('balai.tenant_id', true);
    r        record;
    v_seq    regclass;
    n        integer := 0;
BEGIN
    IF v_tenant IS NULL OR v_tenant = '' THEN
        RAISE EXCEPTION 'no tenant is bound to this transaction' USING ERRCODE = '42501';
    END IF;
    FOR r IN SELECT series, year, last FROM tracking_counter WHERE tenant_id = v_tenant AND last > 0 LOOP
        v_seq := to_regclass('tracking_' || md5(v_tenant || '/' || r.series || '/' || r.year));
        CONTINUE WHEN v_seq IS NULL;
        EXECUTE format('SELECT setval(%L::regclass, greatest(%s, (SELECT last_value FROM %s)))', v_seq, r.last, v_seq);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION tracking_counters_adopt() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tracking_counters_adopt() TO ${appRole};
