-- Relay planning reads orbiters and landers from the registry's asset table (V1). Their orbit elements or landing
-- site live as JSON in asset.parameters; the relay module seeds them from dataset/relay_assets.csv.
create index asset_kind_idx on asset (kind);
create index asset_owner_idx on asset (owner_partner_id);
