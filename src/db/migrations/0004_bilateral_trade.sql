CREATE TABLE "bilateral_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_bilateral_values" (
	"dataset_id" text NOT NULL,
	"year" smallint,
	"exporter" text NOT NULL,
	"importer" text NOT NULL,
	"product" text NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trade_bilateral_values" ADD CONSTRAINT "trade_bilateral_values_dataset_id_bilateral_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."bilateral_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trade_bilateral_values_product_idx" ON "trade_bilateral_values" USING btree ("dataset_id","product");