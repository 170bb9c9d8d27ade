-- Portable between H2 2.x and PostgreSQL, as V1.

-- A re-plan is a plan made from another plan of the same dataset (its parent), starting from start_from: the parent's
-- plan with the bookings the changes set. Plans made from scratch have neither.
alter table plan add column parent_plan_id bigint;
alter table plan add constraint plan_parent_fk foreign key (parent_plan_id) references plan (id) on delete set null;
alter table plan add column start_from text;

-- What made a re-plan: the change list posted (or built from a booking request), what applying it reported, the
-- bookings it broke and the money those and the cancellations leave spent, per payer. One row per re-plan.
create table late_change (
    plan_id         bigint primary key references plan (id) on delete cascade,
    parent_plan_id  bigint not null,
    dataset_id      bigint not null references dataset (id) on delete cascade,
    dataset_version integer not null,
    kind            varchar(16) not null,
    document        text not null,
    report          text not null,
    broken_bookings text not null,
    sunk_costs      text not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200)
);
create index late_change_dataset_idx on late_change (dataset_id, dataset_version);
