CREATE TABLE "trade_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_be" text,
	"name_en" text,
	"classification" text DEFAULT 'hs4' NOT NULL,
	"year" smallint,
	"source" text,
	"note" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_products" (
	"classification" text NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text,
	CONSTRAINT "trade_products_classification_code_pk" PRIMARY KEY("classification","code")
);
--> statement-breakpoint
CREATE TABLE "trade_values" (
	"dataset_id" text NOT NULL,
	"location" text NOT NULL,
	"product" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "trade_values_dataset_id_location_product_pk" PRIMARY KEY("dataset_id","location","product")
);
--> statement-breakpoint
ALTER TABLE "trade_values" ADD CONSTRAINT "trade_values_dataset_id_trade_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."trade_datasets"("id") ON DELETE cascade ON UPDATE no action;