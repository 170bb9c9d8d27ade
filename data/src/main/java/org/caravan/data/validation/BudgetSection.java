package org.caravan.data.validation;

import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Spent;

import java.util.HashMap;
import java.util.Map;

/** The budget and its funds. */
final class BudgetSection extends Section {

    BudgetSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkBudget();
    }

    private void checkBudget() {
        Budget budget = dataset.budget();
        if (budget == null) {
            issue("$.budget", "The dataset has no budget; give at least budget.total.");
            return;
        }
        if (budget.total() == null) {
            issue("$.budget.total", "The budget has no total.");
        } else {
            requireMoney("$.budget.total", budget.total(), "The budget total (%s) is negative.");
        }
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.budget.funds", budget.funds(), "fund", (path, fund) -> checkFund(path, fund, seen));
        eachEntry("$.budget.spent", budget.spent(), "spent amount", (path, spent) -> checkSpent(path, spent, seen));
    }

    private void checkSpent(String path, Spent spent, Map<String, String> funds) {
        if (isBlank(spent.payer())) {
            issue(path + ".payer", "Money spent needs its payer: a fund id, %s or %s.".formatted(Fund.GENERAL, Fund.SELF));
        } else if (!isReservedFundId(spent.payer()) && !funds.containsKey(spent.payer())) {
            issue(path + ".payer", "The payer (%s) is not a fund of budget.funds, %s or %s."
                    .formatted(spent.payer(), Fund.GENERAL, Fund.SELF));
        }
        if (spent.amount() == null) {
            issue(path + ".amount", "Money spent needs its amount.");
        } else {
            requireMoney(path + ".amount", spent.amount(), "The amount spent (%s) is negative.");
        }
    }

    private void checkFund(String path, Fund fund, Map<String, String> seen) {
        if (!isBlank(fund.id()) && isReservedFundId(fund.id())) {
            issue(path + ".id", "The fund id (%s) is reserved (%s pays for themself, %s is the budget without a fund); choose another id."
                    .formatted(fund.id(), Fund.SELF, Fund.GENERAL));
        } else {
            requireId(path + ".id", fund.id(), "A fund has no id.", "fund id", seen);
        }
        if (fund.amount() == null) {
            issue(path + ".amount", "The fund (%s) has no amount.".formatted(fund.id()));
        } else {
            requireMoney(path + ".amount", fund.amount(), "The fund (" + fund.id() + ") has a negative amount (%s).");
        }
    }
}
