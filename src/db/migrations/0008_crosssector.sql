CREATE TABLE "deal_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"dataset_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"year" smallint NOT NULL,
	"acquirer_sector" text NOT NULL,
	"target_sector" text NOT NULL,
	"value" double precision,
	"country" text,
	CONSTRAINT "deals_dataset_id_deal_id_pk" PRIMARY KEY("dataset_id","deal_id")
);
--> statement-breakpoint
CREATE TABLE "patent_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patents" (
	"dataset_id" text NOT NULL,
	"patent_id" text NOT NULL,
	"year" smallint NOT NULL,
	"territory" text,
	"ipc" text[] NOT NULL,
	CONSTRAINT "patents_dataset_id_patent_id_pk" PRIMARY KEY("dataset_id","patent_id")
);
--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_dataset_id_deal_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."deal_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patents" ADD CONSTRAINT "patents_dataset_id_patent_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."patent_datasets"("id") ON DELETE cascade ON UPDATE no action;