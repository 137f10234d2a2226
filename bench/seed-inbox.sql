-- Seeds :n requests of municipality :'tenant' into the district inbox and person index, as the projection would
-- (db_role is the municipality's role). The mix of InboxBenchmark: 70% open, grades spread, a third with an
-- eviction date, requests over three years, invented names from 60 family names. Run by bench/load.sh with psql.
INSERT INTO district.casework_inbox (case_id, tenant_id, household_id, reference_person, household_size, search_text,
       status, grade, eviction_date, filed_at, requested_on, filed_by, housing_situation, assignee_user_id,
       action_owner_ids, source_read_at, db_role)
SELECT gen_random_uuid(), :'tenant', gen_random_uuid(), initcap(f.name) || ' ' || initcap(g.name), 1 + n % 5,
       f.name || ' ' || g.name || ' ' || f2.name || ' ' || g2.name,
       s.status,
       CASE WHEN s.status = 'REQUESTED' THEN NULL ELSE 1 + (n * 7) % 4 END,
       CASE WHEN n % 3 = 0 THEN current_date + (n % 200) - 20 END,
       now() - make_interval(mins => (n * 37) % (3 * 365 * 24 * 60)),
       (now() - make_interval(mins => (n * 37) % (3 * 365 * 24 * 60)))::date,
       CASE WHEN n % 4 = 0 THEN 'AGENCY' ELSE 'MUNICIPALITY' END,
       'EVICTION_IN_PROGRESS',
       CASE WHEN s.status <> 'REQUESTED' THEN 'operatore-' || (n % 12) END,
       CASE WHEN n % 10 = 0 THEN ARRAY['cooperativa-' || (n % 5)] ELSE '{}' END,
       now(),
       (SELECT 'casa_' || schema_name FROM district.tenant WHERE id = :'tenant')
FROM generate_series(1, :n) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['rossi','russo','ferrari','esposito','bianchi','romano','colombo',
        'ricci','marino','greco','bruno','gallo','conti','de luca','mancini','costa','giordano','rizzo',
        'lombardi','moretti','barbieri','fontana','santoro','mariani','rinaldi','caruso','ferrara','galli',
        'martini','leone','longo','gentile','martinelli','vitale','lombardo','serra','coppola','de santis',
        'd angelo','marchetti','parisi','villa','conte','ferraro','ferri','fabbri','bianco','marini',
        'grasso','valentini','messina','sala','de angelis','gatti','pellegrini','palumbo','sanna',
        'farina','rizzi','brambilla'])[1 + (n * 13) % 60] AS name) f
CROSS JOIN LATERAL (SELECT (ARRAY['giulia','marco','sara','luca','anna','giuseppe','francesca',
        'mohamed','fatima','andrea','elena','ion','maria','paolo','chiara','ahmed','alessandro','laura',
        'giovanni','martina'])[1 + (n * 7) % 20] AS name) g
CROSS JOIN LATERAL (SELECT (ARRAY['rossi','bianchi','el amrani','popescu','colombo','ferrari'])[1 + n % 6] AS name) f2
CROSS JOIN LATERAL (SELECT (ARRAY['luca','sara','amina','matteo','sofia','yassine'])[1 + (n * 3) % 6] AS name) g2
CROSS JOIN LATERAL (SELECT (ARRAY['REQUESTED','REQUESTED','REQUESTED','TRIAGED','TRIAGED','TRIAGED',
        'TRIAGED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS',
        'IN_PROGRESS','CLOSED','CLOSED','CLOSED','CLOSED','REJECTED','REJECTED'])[1 + (n * 11) % 20] AS status) s;

INSERT INTO district.casework_person_index (case_id, tenant_id, fiscal_code_hash, db_role)
SELECT case_id, tenant_id, md5(case_id::text), db_role FROM district.casework_inbox
WHERE tenant_id = :'tenant' AND case_id NOT IN (SELECT case_id FROM district.casework_person_index);
