CREATE TABLE "cluster_goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text
);
--> statement-breakpoint
CREATE TABLE "excellence_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"assessor" text,
	"answers" jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "firm_panel_rows" (
	"panel_id" text NOT NULL,
	"firm" text NOT NULL,
	"year" smallint NOT NULL,
	"member_since" smallint,
	"employment" double precision NOT NULL,
	"revenue" double precision NOT NULL,
	"exports" double precision NOT NULL,
	"productivity" double precision,
	CONSTRAINT "firm_panel_rows_panel_id_firm_year_pk" PRIMARY KEY("panel_id","firm","year")
);
--> statement-breakpoint
CREATE TABLE "firm_panels" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_judgements" (
	"cluster_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"goal_a" text NOT NULL,
	"goal_b" text NOT NULL,
	"value" double precision NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_judgements_cluster_id_member_id_goal_a_goal_b_pk" PRIMARY KEY("cluster_id","member_id","goal_a","goal_b")
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"area" text NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"country" text,
	"title_ru" text NOT NULL,
	"title_be" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_ru" text NOT NULL,
	"summary_be" text NOT NULL,
	"summary_en" text NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internationalisation_strategies" (
	"cluster_id" integer PRIMARY KEY NOT NULL,
	"target_markets" text[] DEFAULT '{}' NOT NULL,
	"roadmap" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"level" text NOT NULL,
	"grp" text NOT NULL,
	"method" text DEFAULT 'reported' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"scope" text NOT NULL,
	"scope_id" text NOT NULL,
	"year" smallint NOT NULL,
	"target" double precision,
	"actual" double precision,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text NOT NULL,
	"name_en" text NOT NULL,
	"territory_id" text,
	"year" smallint NOT NULL,
	"indicator_code" text,
	"planned" double precision,
	"achieved" double precision,
	"budget_planned" double precision,
	"budget_spent" double precision,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text DEFAULT 'BY' NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text NOT NULL,
	"name_en" text NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"amount" double precision NOT NULL,
	"purpose" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text NOT NULL,
	"name_en" text NOT NULL,
	"rules" jsonb NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_goals" ADD CONSTRAINT "cluster_goals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excellence_assessments" ADD CONSTRAINT "excellence_assessments_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_panel_rows" ADD CONSTRAINT "firm_panel_rows_panel_id_firm_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."firm_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_judgements" ADD CONSTRAINT "goal_judgements_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_judgements" ADD CONSTRAINT "goal_judgements_member_id_organizations_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internationalisation_strategies" ADD CONSTRAINT "internationalisation_strategies_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_values" ADD CONSTRAINT "kpi_values_indicator_code_kpi_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."kpi_indicators"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_measures" ADD CONSTRAINT "programme_measures_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_applications" ADD CONSTRAINT "support_applications_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_goals_code_idx" ON "cluster_goals" USING btree ("cluster_id","code");--> statement-breakpoint
CREATE INDEX "excellence_assessments_cluster_idx" ON "excellence_assessments" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "good_practices_area_idx" ON "good_practices" USING btree ("area");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_values_key_idx" ON "kpi_values" USING btree ("indicator_code","scope","scope_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_measures_code_idx" ON "programme_measures" USING btree ("programme_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "support_applications_key_idx" ON "support_applications" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "support_measures_code_idx" ON "support_measures" USING btree ("code");