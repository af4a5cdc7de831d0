CREATE TABLE "category_schemes" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"source" text,
	"built_in" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_categories" (
	"scheme_id" text NOT NULL,
	"code" text NOT NULL,
	"name_ru" text,
	"name_be" text,
	"name_en" text,
	"traded" boolean,
	CONSTRAINT "cluster_categories_scheme_id_code_pk" PRIMARY KEY("scheme_id","code")
);
--> statement-breakpoint
CREATE TABLE "cluster_category_sectors" (
	"scheme_id" text NOT NULL,
	"category" text NOT NULL,
	"nace" text NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	CONSTRAINT "cluster_category_sectors_scheme_id_category_nace_pk" PRIMARY KEY("scheme_id","category","nace")
);
--> statement-breakpoint
CREATE TABLE "regional_statistics" (
	"dataset_id" text NOT NULL,
	"territory_id" text NOT NULL,
	"category" text NOT NULL,
	"year" smallint NOT NULL,
	"employment" double precision NOT NULL,
	"establishments" double precision,
	"wages" double precision,
	"traded" boolean,
	CONSTRAINT "regional_statistics_dataset_id_year_territory_id_category_pk" PRIMARY KEY("dataset_id","year","territory_id","category")
);
--> statement-breakpoint
CREATE TABLE "statistics_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text DEFAULT 'BY' NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"classification" text DEFAULT 'nace' NOT NULL,
	"source" text,
	"note" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "management_staff" smallint;--> statement-breakpoint
ALTER TABLE "cluster_categories" ADD CONSTRAINT "cluster_categories_scheme_id_category_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."category_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_category_sectors" ADD CONSTRAINT "cluster_category_sectors_scheme_id_category_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."category_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_statistics" ADD CONSTRAINT "regional_statistics_dataset_id_statistics_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."statistics_datasets"("id") ON DELETE cascade ON UPDATE no action;