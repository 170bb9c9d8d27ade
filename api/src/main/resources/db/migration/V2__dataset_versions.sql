-- Portable between H2 2.x and PostgreSQL, as V1.

-- A stored dataset is a series of numbered, immutable versions: the upload is version 1; later versions come from
-- a full document posted again, a spreadsheet import or late changes, each naming the version it was made from.
create table dataset_version (
    dataset_id        bigint not null references dataset (id) on delete cascade,
    version           integer not null,
    parent_version    integer,
    origin            varchar(32) not null,
    participant_count integer not null,
    hotel_count       integer not null,
    room_count        integer not null,
    itinerary_count   integer not null,
    content           text not null,
    created_at        timestamp with time zone not null,
    constraint dataset_version_pk primary key (dataset_id, version)
);

insert into dataset_version (dataset_id, version, parent_version, origin, participant_count, hotel_count, room_count,
                             itinerary_count, content, created_at)
select id, 1, null, 'UPLOAD', participant_count, hotel_count, room_count, itinerary_count, content, created_at
from dataset;

-- The dataset row keeps its name, its upload time and which version is the latest; content and counts live per version.
alter table dataset add column latest_version integer default 1 not null;
alter table dataset alter column latest_version drop default;
alter table dataset drop column content;
alter table dataset drop column participant_count;
alter table dataset drop column hotel_count;
alter table dataset drop column room_count;
alter table dataset drop column itinerary_count;

-- A plan is made from one dataset version and solves that version; plans before versions existed solved version 1.
alter table plan add column dataset_version integer default 1 not null;
alter table plan alter column dataset_version drop default;
alter table plan add constraint plan_dataset_version_fk foreign key (dataset_id, dataset_version)
    references dataset_version (dataset_id, version) on delete cascade;

-- When the worker of a running solve last said it was alive: a solve whose worker went silent is shown RESUMING.
alter table plan add column heartbeat_at timestamp with time zone;

-- Ids planners quote do not jump: H2 pre-allocates 32 identity values and loses them on an unclean stop.
alter table dataset alter column id set cache 1;
alter table plan alter column id set cache 1;
