CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "cluster_status_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"status" text NOT NULL,
	"valid_from" date,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" serial PRIMARY KEY NOT NULL,
	"country" text DEFAULT 'BY' NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"status" text NOT NULL,
	"specialisation" text[] DEFAULT '{}' NOT NULL,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"coordinator_id" integer,
	"founded_year" smallint,
	"agreement_date" date,
	"agreement_ref" text,
	"description" text,
	"website" text,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" serial PRIMARY KEY NOT NULL,
	"supplier_id" integer NOT NULL,
	"customer_id" integer NOT NULL,
	"kind" text NOT NULL,
	"cluster_id" integer,
	"title" text,
	"signed" date,
	"start_date" date,
	"end_date" date,
	"value" double precision,
	"status" text DEFAULT 'active' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"cluster_id" integer NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"joined" date,
	"left" date,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "official_figures" (
	"country" text NOT NULL,
	"as_of" date NOT NULL,
	"total" integer NOT NULL,
	"operating" integer,
	"forming" integer,
	"potential" integer,
	"source_url" text,
	"source_note" text,
	CONSTRAINT "official_figures_country_as_of_pk" PRIMARY KEY("country","as_of")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" serial PRIMARY KEY NOT NULL,
	"country" text DEFAULT 'BY' NOT NULL,
	"kind" text NOT NULL,
	"unp" text,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"primary_sector" text,
	"secondary_sectors" text[] DEFAULT '{}' NOT NULL,
	"territory_id" text,
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"size_class" text,
	"employees" integer,
	"revenue" double precision,
	"exports" double precision,
	"website" text,
	"profile" text,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer,
	"title_ru" text NOT NULL,
	"title_en" text,
	"description" text,
	"start_date" date,
	"end_date" date,
	"budget" double precision,
	"status" text DEFAULT 'active' NOT NULL,
	"participants" integer[] DEFAULT '{}' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name_ru" text,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territories" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text DEFAULT 'BY' NOT NULL,
	"level" text NOT NULL,
	"parent_id" text,
	"iso_code" text,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"area_km2" double precision,
	"geometry" jsonb,
	"centroid_lon" double precision,
	"centroid_lat" double precision
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"organization_id" integer,
	"cluster_ids" integer[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_status_history" ADD CONSTRAINT "cluster_status_history_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_coordinator_id_organizations_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_supplier_id_organizations_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_customer_id_organizations_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_status_history_cluster_idx" ON "cluster_status_history" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "clusters_status_idx" ON "clusters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "contracts_supplier_idx" ON "contracts" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "contracts_customer_idx" ON "contracts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "contracts_cluster_idx" ON "contracts" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "memberships_cluster_idx" ON "memberships" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "memberships_org_idx" ON "memberships" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_unp_idx" ON "organizations" USING btree ("unp");--> statement-breakpoint
CREATE INDEX "organizations_territory_idx" ON "organizations" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "organizations_sector_idx" ON "organizations" USING btree ("primary_sector");--> statement-breakpoint
CREATE INDEX "projects_cluster_idx" ON "projects" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "territories_level_idx" ON "territories" USING btree ("level");--> statement-breakpoint
CREATE INDEX "territories_parent_idx" ON "territories" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");