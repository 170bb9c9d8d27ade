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
            issue("$.budget", "dataset.budget.missing");
            return;
        }
        if (budget.total() == null) {
            issue("$.budget.total", "dataset.budget.noTotal");
        } else {
            requireMoney("$.budget.total", budget.total(), "dataset.budget.negativeTotal");
        }
        Map<String, String> seen = new HashMap<>();
        eachEntry("$.budget.funds", budget.funds(), "dataset.fund.null", (path, fund) -> checkFund(path, fund, seen));
        eachEntry("$.budget.spent", budget.spent(), "dataset.spent.null", (path, spent) -> checkSpent(path, spent, seen));
    }

    private void checkSpent(String path, Spent spent, Map<String, String> funds) {
        if (isBlank(spent.payer())) {
            issue(path + ".payer", "dataset.spent.noPayer", Fund.GENERAL, Fund.SELF);
        } else if (!isReservedFundId(spent.payer()) && !funds.containsKey(spent.payer())) {
            issue(path + ".payer", "dataset.spent.unknownPayer", spent.payer(), Fund.GENERAL, Fund.SELF);
        }
        if (spent.amount() == null) {
            issue(path + ".amount", "dataset.spent.noAmount");
        } else {
            requireMoney(path + ".amount", spent.amount(), "dataset.spent.negative");
        }
    }

    private void checkFund(String path, Fund fund, Map<String, String> seen) {
        if (!isBlank(fund.id()) && isReservedFundId(fund.id())) {
            issue(path + ".id", "dataset.fund.reservedId", fund.id(), Fund.SELF, Fund.GENERAL);
        } else {
            requireId(path + ".id", fund.id(), "dataset.fund.noId", words("word.fundId"), seen);
        }
        if (fund.amount() == null) {
            issue(path + ".amount", "dataset.fund.noAmount", fund.id());
        } else {
            requireMoney(path + ".amount", fund.amount(), "dataset.fund.negative", fund.id());
        }
    }
}
