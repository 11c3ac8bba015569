-- Roles move from the closed catalogue of 33 codes to ESCO occupations (issue 15). A stored
-- role was a code ("cfo"); it becomes the filed form the domain's `Role` stores: the title as
-- written, the ESCO occupation's URI, the confidence and whether a person confirmed it. A
-- mandate's role takes the catalogue's title; a track-record entry's role takes the entry's
-- own title, which moves into it. Both were chosen from the catalogue by a person, so they
-- are confirmed with full confidence. Earlier mandate revisions keep their code, which the
-- domain still reads (a code names its occupation outright).

CREATE TEMP TABLE role_catalogue (code TEXT PRIMARY KEY, title TEXT NOT NULL, esco TEXT NOT NULL);
INSERT INTO role_catalogue (code, title, esco) VALUES
    ('ceo', 'Chief Executive Officer', '6c3fd65e-2d24-47d8-bc22-9e93512bdcc2'),
    ('cfo', 'Chief Financial Officer', '30f3ea93-882a-4525-841c-1d5b4b64076f'),
    ('coo', 'Chief Operating Officer', 'c64a6e4e-5b38-4f93-b26d-aded817aeaf3'),
    ('cto', 'Chief Technology Officer', '7b1b5da8-573a-49bb-a38e-68725a949f4f'),
    ('cio', 'Chief Information Officer', '82f90e87-de92-4678-adae-61d3e5f7e1e4'),
    ('cdo', 'Chief Digital Officer', 'e297ec12-4712-40a4-ad98-ba004cacb205'),
    ('chro', 'Chief Human Resources Officer', 'f605bcd2-90b6-45a0-a558-d05016d68a77'),
    ('cmo', 'Chief Marketing Officer', '0ddbf393-38f1-4c22-b14c-fe775008f321'),
    ('cco', 'Chief Commercial Officer', '2d3d7188-47ab-49b9-9045-e452d9db06f1'),
    ('cpo', 'Chief Procurement Officer', '377865f0-c327-4599-8c7e-d428c6588edf'),
    ('cro', 'Chief Restructuring Officer', 'b09acdda-6680-49d1-a411-129610ee3bc0'),
    ('general_counsel', 'General Counsel', 'd2ff134e-b41a-4fa3-aceb-1b9f5f5cf015'),
    ('country_manager', 'Country Manager', '6c3fd65e-2d24-47d8-bc22-9e93512bdcc2'),
    ('bu_director', 'Business Unit Director', '544cd9cf-e2ee-4ac0-8a02-7147af6b97d7'),
    ('municipal_director', 'Municipal Chief Executive', '0752ed49-03e7-4d75-8314-a051b3771a1d'),
    ('hospital_director', 'Hospital Director', '4a29eab1-5f02-4723-a863-e2d5a0614dfa'),
    ('plant_manager', 'Plant Manager', '6426ada1-4d8c-4612-99e3-91bc569805ee'),
    ('production_manager', 'Production Manager', 'eb9479c6-5fdf-4f45-ace4-28b547b8c7e5'),
    ('supply_chain_director', 'Supply Chain Director', 'aacc3918-b5d3-484b-9480-5d29aa550d74'),
    ('logistics_manager', 'Logistics Manager', '823db06f-25e1-4658-b063-d6ef956b41f5'),
    ('quality_manager', 'Quality Manager', '109e0a5d-203d-4af6-8f70-692111335ec3'),
    ('controller', 'Financial Controller', '5e5b1b61-1351-4d3b-a293-deb3661715dd'),
    ('finance_manager', 'Finance Manager', '30f3ea93-882a-4525-841c-1d5b4b64076f'),
    ('hr_manager', 'HR Manager', 'f605bcd2-90b6-45a0-a558-d05016d68a77'),
    ('it_manager', 'IT Manager', 'f0ca39a8-1e30-487c-95f9-ef2d5e734adc'),
    ('sales_director', 'Sales Director', 'a7594892-ff23-4e2a-aedf-2f967ebca15c'),
    ('procurement_manager', 'Procurement Manager', '377865f0-c327-4599-8c7e-d428c6588edf'),
    ('compliance_manager', 'Compliance Manager', '779d13be-60b4-48f3-a339-fe483be96c7f'),
    ('customer_service_manager', 'Customer Service Manager', 'bcc2c1db-f969-4355-bebf-4878ff6c2a94'),
    ('project_director', 'Project Director', 'bea99fea-0383-4c63-b944-70d4799de2c5'),
    ('programme_manager', 'Programme Manager', 'c94f3565-d987-431f-a46b-6f4e018e0bd7'),
    ('project_manager', 'Project Manager', 'bea99fea-0383-4c63-b944-70d4799de2c5'),
    ('transformation_director', 'Transformation Director', '4f49df98-98b8-4a9e-98ad-9c5557817eba');

-- Rewriting a role is not a new version of the mandate: the revision trigger sits this out.
DROP TRIGGER mandate_revisions_keep;

UPDATE mandates SET body = json_set(body, '$.role', json_object(
    'title', c.title,
    'uri', 'http://data.europa.eu/esco/occupation/' || c.esco,
    'confidence', 1.0,
    'confirmed', json('true')))
FROM role_catalogue c
WHERE c.code = json_extract(mandates.body, '$.role')
  AND json_type(mandates.body, '$.role') = 'text';

CREATE TRIGGER mandate_revisions_keep AFTER UPDATE OF body ON mandates
WHEN OLD.body <> NEW.body
BEGIN
    INSERT INTO mandate_revisions (mandate_id, version, body) VALUES (OLD.id, OLD.version, OLD.body);
END;

UPDATE candidates SET body = json_set(body, '$.track_record', (
    SELECT json_group_array(json(CASE
        WHEN json_type(e.value, '$.role') <> 'text' THEN e.value
        WHEN c.code IS NULL THEN json_remove(json_set(e.value, '$.role',
            coalesce(json_extract(e.value, '$.title'), json_extract(e.value, '$.role'))), '$.title')
        ELSE json_remove(json_set(e.value, '$.role', json_object(
            'title', coalesce(json_extract(e.value, '$.title'), c.title),
            'uri', 'http://data.europa.eu/esco/occupation/' || c.esco,
            'confidence', 1.0,
            'confirmed', json('true'))), '$.title')
        END) ORDER BY e.key)
    FROM json_each(candidates.body, '$.track_record') e
    LEFT JOIN role_catalogue c ON c.code = json_extract(e.value, '$.role')))
WHERE json_array_length(body, '$.track_record') > 0
  AND json_type(body, '$.track_record[0].role') = 'text';

DROP TABLE role_catalogue;
