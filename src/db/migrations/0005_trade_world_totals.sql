CREATE TABLE "trade_world_totals" (
	"dataset_id" text NOT NULL,
	"year" smallint NOT NULL,
	"product" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "trade_world_totals_dataset_id_year_product_pk" PRIMARY KEY("dataset_id","year","product")
);
--> statement-breakpoint
ALTER TABLE "trade_world_totals" ADD CONSTRAINT "trade_world_totals_dataset_id_trade_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."trade_datasets"("id") ON DELETE cascade ON UPDATE no action;