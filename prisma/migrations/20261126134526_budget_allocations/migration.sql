-- CreateTable
CREATE TABLE "BudgetAllocation" (
    "year" INTEGER NOT NULL,
    "measure" "Measure" NOT NULL,
    "amountTenge" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetAllocation_pkey" PRIMARY KEY ("year","measure")
);

-- Written by hand (listed in prisma/sql-only-objects.ts).
ALTER TABLE "BudgetAllocation" ADD CONSTRAINT "BudgetAllocation_amount_not_negative" CHECK ("amountTenge" >= 0);
