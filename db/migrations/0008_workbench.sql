-- The annotation workbench: a report's summary in English next to the main (Arabic) one.
ALTER TABLE "reports" ADD COLUMN "summary_en" text;
