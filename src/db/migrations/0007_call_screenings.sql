CREATE TABLE "call_screenings" (
	"call_id" integer PRIMARY KEY NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"report" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_screenings" ADD CONSTRAINT "call_screenings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;