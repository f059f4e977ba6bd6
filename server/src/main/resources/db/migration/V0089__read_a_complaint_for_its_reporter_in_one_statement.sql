-- The reporter's tracking page in one statement (issue 19 item 3): the case by tracking number and access-code
-- hash, its agencies' parts, its files, its public steps, the case it was merged into and whether it is public,
-- as one JSON document. The function binds the tenant first (set_config, local to the statement's transaction)
-- and runs as its caller, so row-level security applies exactly as in a tenant-scoped transaction: the rows of
-- another tenant are not there, whatever the arguments. Called outside any JTA transaction, in autocommit: a
-- public read that writes nothing costs one round trip and no enlistment. Null when nothing matches (a wrong
-- number or code is one answer, "not found").
CREATE FUNCTION complaint_tracking_view(p_tenant varchar, p_number varchar, p_code bytea) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
DECLARE
    result text;
BEGIN
    PERFORM set_config('balai.tenant_id', p_tenant, true);
    SELECT json_build_object(
        'trackingNumber', c.tracking_number, 'type', c.type, 'channel', c.channel, 'title', c.title,
        'description', c.description, 'category', c.category_code, 'status', c.status,
        'receivedAt', c.received_at, 'receivedOn', c.received_on, 'countingStartsOn', c.counting_starts_on,
        'verifyDue', c.verify_due,
        'agencies', (SELECT coalesce(json_agg(json_build_object('orgUnit', d.org_unit_code, 'status', d.status,
                'dueOn', d.due_on) ORDER BY d.sent_at, d.org_unit_code), '[]')
            FROM complaint_dispatch d WHERE d.tenant_id = c.tenant_id AND d.complaint_id = c.id),
        'finalAnswer', c.final_answer, 'rating', c.rating, 'autoCloseDue', c.auto_close_due,
        'reopenUntil', c.reopen_until,
        'mergedInto', m.tracking_number, 'mergedIntoStatus', m.status, 'mergedIntoAnswer', m.final_answer,
        'attachments', (SELECT coalesce(json_agg(json_build_object('position', a.position,
                'fileName', a.file_name, 'mediaType', a.media_type, 'sizeBytes', a.size_bytes,
                'sha256', rtrim(a.sha256), 'uploadedAt', a.uploaded_at) ORDER BY a.position), '[]')
            FROM complaint_attachment a WHERE a.tenant_id = c.tenant_id AND a.complaint_id = c.id),
        'history', (SELECT coalesce(json_agg(json_build_object('seq', e.seq, 'at', e.at, 'step', e.step,
                'action', e.action, 'orgUnit', e.org_unit_code, 'note', e.note) ORDER BY e.seq), '[]')
            FROM complaint_event e WHERE e.tenant_id = c.tenant_id AND e.complaint_id = c.id AND e.public_event),
        'publicDeclined', c.public_declined,
        'published', EXISTS (SELECT 1 FROM complaint_publication p WHERE p.tenant_id = c.tenant_id
            AND p.complaint_id = c.id AND p.status = 'PUBLISHED'))::text
    INTO result
    FROM complaint c
    LEFT JOIN complaint m ON m.tenant_id = c.tenant_id AND m.id = c.merged_into
    WHERE c.tenant_id = p_tenant AND c.tracking_number = p_number AND c.access_code_hash = p_code;
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION complaint_tracking_view(varchar, varchar, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION complaint_tracking_view(varchar, varchar, bytea) TO ${appRole};
