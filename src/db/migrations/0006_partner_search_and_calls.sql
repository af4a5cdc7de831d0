CREATE TABLE "call_responses" (
	"call_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"interest" text NOT NULL,
	"note" text,
	"responded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_responses_call_id_organization_id_pk" PRIMARY KEY("call_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer,
	"kind" text NOT NULL,
	"title_ru" text NOT NULL,
	"title_en" text,
	"description" text,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"size_classes" text[] DEFAULT '{}' NOT NULL,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"certifications" text[] DEFAULT '{}' NOT NULL,
	"min_employees" integer,
	"min_competitiveness" double precision,
	"min_reliability" double precision,
	"fit_threshold" double precision DEFAULT 0.3 NOT NULL,
	"require_interest" boolean DEFAULT true NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title_ru" text NOT NULL,
	"title_en" text,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "io_flows" (
	"table_id" text NOT NULL,
	"from_sector" text NOT NULL,
	"to_sector" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "io_flows_table_id_from_sector_to_sector_pk" PRIMARY KEY("table_id","from_sector","to_sector")
);
--> statement-breakpoint
CREATE TABLE "io_tables" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"year" smallint,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"slot_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	CONSTRAINT "meeting_participants_slot_id_organization_id_pk" PRIMARY KEY("slot_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"slot_id" integer NOT NULL,
	"requested_by" integer NOT NULL,
	"with_organization" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"email" text,
	"organization_id" integer,
	"territory_id" text,
	"competences" text[] DEFAULT '{}' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"profile" text,
	"consent" boolean DEFAULT false NOT NULL,
	"consent_date" date,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"note" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "labels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "founded_year" smallint;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "revenue_growth" double precision;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "certifications" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "labels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "call_responses" ADD CONSTRAINT "call_responses_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_responses" ADD CONSTRAINT "call_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_services" ADD CONSTRAINT "cluster_services_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "io_flows" ADD CONSTRAINT "io_flows_table_id_io_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."io_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_requested_by_organizations_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_with_organization_organizations_id_fk" FOREIGN KEY ("with_organization") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_cluster_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."cluster_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_cluster_idx" ON "calls" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "cluster_services_cluster_idx" ON "cluster_services" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "meeting_slots_call_idx" ON "meeting_slots" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");