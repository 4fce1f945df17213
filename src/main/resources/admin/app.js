// The admin page: cases (filters, search, pages), one case (facts, downloads, timeline), ageing.
// Every value from the server goes into the page as text (textContent / createTextNode), never as HTML.
"use strict";
(function () {
  const T = window.T;
  const main = document.getElementById("main");
  const STAGES = ["not_due", "pre_due", "due", "friendly", "first_letter", "warning_letter", "formal_notice", "handover"];
  const STATUSES = ["open", "paused", "closed"];
  const PROFILES = ["cooperative", "cannot_pay", "strategic_delayer", "avoider"];
  let me = null;

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
    children.flat(Infinity).forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c ?? ""))));
    return node;
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({credentials: "same-origin"}, options || {}));
    if (response.status === 401) { location.href = "/"; throw new Error("signed out"); }
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.status);
    return body;
  }

  function businessName(id) { return (me.businesses.find(b => b.id === id) || {name: id}).name; }
  function show(...nodes) { main.replaceChildren(...nodes); }
  function when(instant) { return instant ? new Date(instant).toLocaleString() : ""; }
  function money(amount, currency) {
    return amount === null || amount === undefined ? "" : Number(amount).toLocaleString(undefined,
      {style: "currency", currency: currency || "EUR"});
  }
  function failure(error) { show(el("p", {"class": "notice"}, T("failed") + error.message)); }

  function select(name, values, labels, chosen) {
    return el("label", {}, T(name), el("select", {name: name, id: "filter-" + name},
      el("option", {value: ""}, T("any")),
      values.map((v, i) => { const o = el("option", {value: v}, labels ? labels[i] : v); o.selected = v === chosen; return o; })));
  }

  async function showList(params) {
    const query = new URLSearchParams(params);
    const form = el("form", {"class": "filters", id: "filters"},
      select("business", me.businesses.map(b => b.id), me.businesses.map(b => b.name), query.get("business")),
      select("stage", STAGES, null, query.get("stage")),
      select("status", STATUSES, null, query.get("status")),
      select("profile", PROFILES, null, query.get("profile")),
      select("next", STAGES, null, query.get("next")),
      el("label", {}, T("minBalance"), el("input", {type: "number", min: "0", step: "0.01", name: "minBalance",
        id: "filter-minBalance", value: query.get("minBalance") || ""})),
      el("label", {}, T("search"), el("input", {type: "search", name: "q", id: "filter-q", value: query.get("q") || ""})),
      el("button", {type: "submit", id: "filter-apply"}, T("filter")));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const chosen = new URLSearchParams();
      new FormData(form).forEach((v, k) => { if (v) chosen.set(k, v); });
      location.hash = "#/?" + chosen.toString();
    });
    show(form, el("p", {}, T("loading")));
    const page = await api("/web/api/cases?" + query.toString());
    const rows = page.cases.map(c => el("tr", {"class": "case-row", "data-case": c.id},
      el("td", {}, el("a", {href: "#/case/" + encodeURIComponent(c.id), "class": "case-link"}, c.debtorName)),
      el("td", {}, businessName(c.businessId)),
      el("td", {"class": "stage"}, c.stage), el("td", {}, c.status), el("td", {}, c.profile),
      el("td", {}, money(c.balance, c.currency)), el("td", {}, c.overdueDays),
      el("td", {}, c.nextStep ? c.nextStep.stage + " " + T("on") + " " + when(c.nextStep.dueAt) : "")));
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    const pager = el("div", {"class": "pager"}, T("page") + " " + page.page + " " + T("of") + " " + pages);
    [[T("previous"), page.page - 1], [T("following"), page.page + 1]].forEach(([label, target]) => {
      if (target >= 1 && target <= pages) {
        const next = new URLSearchParams(query); next.set("page", target);
        pager.append(el("a", {href: "#/?" + next.toString()}, label));
      }
    });
    const csv = new URLSearchParams(query); csv.delete("page");
    const parked = page.parkedEvents ? el("p", {id: "parked-events", "class": "notice"}, T("parked") + page.parkedEvents) : "";
    show(parked, form, page.cases.length ? el("table", {id: "cases"},
        el("thead", {}, el("tr", {}, ["debtor", "business", "stage", "status", "profile", "balance", "overdue", "next"]
          .map(k => el("th", {}, T(k))))), el("tbody", {}, rows)) : el("p", {id: "no-cases"}, T("none")),
      pager, el("p", {}, el("a", {href: "/web/api/cases.csv?" + csv.toString(), id: "csv"}, T("csv"))));
  }

  function facts(pairs) {
    return el("dl", {"class": "facts", id: "facts"}, pairs.filter(p => p[1] !== "" && p[1] !== null)
      .map(([k, v]) => [el("dt", {}, T(k)), el("dd", {"data-fact": k}, v)]));
  }

  function describe(entry) {
    const d = entry.data || {};
    if (entry.type === "MessageRecorded") {
      // whom it went to or came from: the debtor unless the journal says the owner (older entries say nothing)
      const party = d.party === "owner" ? "Owner" : "Debtor";
      const chat = d.party === "owner" && d.chatId ? " (chat " + d.chatId + ")" : "";
      return el("td", {"class": "message-cell"}, el("div", {"class": "message-party"},
        T(String(d.direction).toLowerCase() + party) + chat + " · " + (d.channel || "")),
        el("pre", {"class": "message"}, d.text));
    }
    const full = JSON.stringify(d, null, 1);
    const line = JSON.stringify(d);
    return el("td", {}, el("details", {}, el("summary", {"class": "data"}, line.length > 100 ? line.substring(0, 100) + "…" : line),
      el("div", {"class": "data"}, full)));
  }

  async function showCase(id) {
    show(el("p", {}, T("loading")));
    const found = await api("/web/api/cases/" + encodeURIComponent(id));
    const c = found.case;
    const base = "/web/api/cases/" + encodeURIComponent(id);
    const promise = c.promise ? [c.promise.date, money(c.promise.amount, c.currency), c.promise.words]
      .filter(Boolean).join(" · ") : "";
    const plan = c.plan ? c.plan.installments.map(i => i.date + " " + money(i.amount, c.currency) + (i.paid ? " ✓" : ""))
      .join(", ") : "";
    const downloads = el("p", {"class": "downloads"},
      el("a", {href: base + "/journal.json", id: "download-journal"}, T("journal")),
      (c.letters || []).map(l => el("a", {href: base + "/letters/" + l.stage + ".pdf"}, T("letter") + " " + l.stage + " (" + l.date + ")")),
      c.proceedings ? [el("a", {href: base + "/letters/claim_declaration.pdf", id: "download-declaration"},
        T("declaration"))] : [],
      el("a", {href: base + "/dossier.pdf"}, T("dossier")));
    const actions = el("p", {"class": "actions"});
    if (found.canChange) {
      // a case held by collective proceedings is lifted by the owner (chat or API), not resumed here
      const resumable = (c.holds || []).includes("owner_pause");
      const action = c.status === "paused" ? (resumable ? "resume" : null) : c.status === "open" ? "pause" : null;
      if (action) {
        const button = el("button", {type: "button", id: "case-" + action}, T(action));
        button.addEventListener("click", () => api(base + "/" + action, {method: "POST",
          headers: {"X-CSRF-Token": me.csrfToken}}).then(() => showCase(id)).catch(failure));
        actions.append(button);
      }
      if (c.dispute) actions.append(disputeForm(base, id));
    } else {
      actions.append(T("readonly"));
    }
    if (me.role === "admin") {
      // the debtor's rights: everything held on them, or its erasure with a reason (audited)
      actions.append(el("a", {href: base + "/personal-data", id: "personal-data-export", download: "personal-data.json"},
        T("personalDataExport")));
      const erase = el("button", {type: "button", id: "personal-data-erase"}, T("personalDataErase"));
      erase.addEventListener("click", () => {
        const reason = window.prompt(T("personalDataReason"));
        if (reason && reason.trim()) {
          post(base + "/personal-data/erase", {reason: reason.trim()}).then(() => showCase(id)).catch(failure);
        }
      });
      actions.append(erase);
    }
    const timeline = el("table", {id: "timeline"},
      el("thead", {}, el("tr", {}, el("th", {}, T("time")), el("th", {}, T("event")), el("th", {}, T("details")))),
      el("tbody", {}, found.journal.map(e => el("tr", {"class": "event " + (e.data && e.data.direction ? e.data.direction : ""),
        "data-type": e.type}, el("td", {}, when(e.time)), el("td", {}, e.type), describe(e)))));
    show(el("p", {}, el("a", {href: "#/"}, T("back"))), el("h1", {id: "case-title"}, c.debtor.name),
      facts([["business", businessName(c.businessId)], ["stage", c.stage], ["status", c.status],
        ["holds", (c.holds || []).join(", ")], ["balance", money(c.balance, c.currency)],
        ["next", c.nextStep ? c.nextStep.stage + " " + T("on") + " " + when(c.nextStep.dueAt) : ""],
        ["profile", c.profile ? c.profile.kind : ""], ["promise", promise], ["plan", plan],
        ["dispute", c.dispute ? (c.dispute.reason || T("disputeByPhone")) : ""],
        ["invoices", c.invoices.map(i => i.number + " " + money(i.outstanding, i.currency) + " / " + money(i.amount, i.currency)).join(", ")],
        ["claim", found.claim ? money(found.claim.total.amount, found.claim.total.currency) : ""]]),
      found.claim && found.claim.provisional ? provisionalNotice(found.claim) : "",
      downloads, actions, el("h2", {}, T("timeline")), timeline);
  }

  /** "2026-H1" as "January–June 2026". */
  function halfYear(code) {
    return T("half" + code.slice(-1)) + code.slice(0, 4);
  }

  /** Why the claim is provisional: each rate carried forward, from which published row. */
  function provisionalNotice(claim) {
    return el("div", {"class": "notice", id: "claim-provisional"}, el("p", {}, T("provisional")),
      el("ul", {}, claim.provisionalRates.map(r => el("li", {}, halfYear(r.period) + " — " + T(r.table) + ", "
        + T("carriedFrom") + " " + halfYear(r.carriedFrom) + " (" + (r.published ? T("publishedOn") + " "
        + r.published + ", " : "") + r.source + ")"))));
  }

  /** Settles the case's dispute: a credit note or a corrected amount (with its amount), cancelled, or rejected. */
  function disputeForm(base, id) {
    const amount = el("input", {type: "text", name: "amount", inputmode: "decimal", id: "dispute-amount"});
    const outcome = el("select", {name: "outcome", id: "dispute-outcome"},
      ["credit_note", "corrected_amount", "cancelled", "rejected"].map(o => el("option", {value: o}, T("dispute_" + o))));
    const form = el("form", {"class": "filters", id: "dispute-form"},
      el("label", {}, T("disputeOutcome"), outcome), el("label", {}, T("disputeAmount"), amount),
      el("button", {type: "submit", id: "dispute-resolve"}, T("disputeResolve")));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const needsAmount = outcome.value === "credit_note" || outcome.value === "corrected_amount";
      post(base + "/dispute/resolve", {outcome: outcome.value,
        amount: needsAmount && amount.value.trim() ? amount.value.trim().replace(",", ".") : undefined})
        .then(() => showCase(id)).catch(failure);
    });
    return form;
  }

  /** One bar chart per business and currency, as inline SVG, with the DSO and the chart the bot sends with /stats (a PNG drawn by the server). */
  function chart(group) {
    const labels = [T("notYetDue"), "1–30", "31–60", "61–90", "90+"];
    const max = Math.max(...group.buckets.map(Number), 1);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 520 200");
    svg.setAttribute("width", "520");
    svg.setAttribute("role", "img");
    group.buckets.forEach((amount, i) => {
      const height = Math.round(140 * Number(amount) / max);
      const parts = [["rect", {x: 20 + i * 100, y: 160 - height, width: 70, height: height}],
        ["text", {x: 20 + i * 100, y: 178}, labels[i]], ["text", {x: 20 + i * 100, y: 155 - height}, money(amount, group.currency)]];
      parts.forEach(([tag, attrs, text]) => {
        const node = document.createElementNS(ns, tag);
        Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
        if (text) node.textContent = text;
        svg.append(node);
      });
    });
    return el("section", {"class": "chart", "data-business": group.businessId},
      el("h2", {}, businessName(group.businessId) + " (" + group.currency + ")"), svg,
      el("p", {}, T("total") + money(group.total, group.currency)),
      el("p", {"class": "weighted"}, T("weighted") + group.weightedAverageDaysPastDue + " " + T("days")),
      el("p", {"class": "dso"}, group.daysSalesOutstanding == null
        ? T("noDso").replaceAll("{days}", group.periodDays)
        : T("dso").replaceAll("{days}", group.periodDays)
          + Number(group.daysSalesOutstanding).toLocaleString(document.documentElement.lang, {minimumFractionDigits: 1}) + " " + T("days")
          + " (" + money(group.total, group.currency) + " ÷ " + money(group.sales, group.currency) + " × " + group.periodDays + ")"),
      el("img", {"class": "stats-chart", alt: T("statsChart"), width: "900", height: "560", src: "/web/api/stats.png?"
        + new URLSearchParams({business: group.businessId, currency: group.currency, lang: document.documentElement.lang})}));
  }

  async function showAgeing() {
    show(el("p", {}, T("loading")));
    const groups = await api("/web/api/ageing");
    show(el("h1", {}, T("ageing")), ...(groups.length ? groups.map(chart) : [el("p", {}, T("noAgeing"))]));
  }

  function post(path, body) {
    return api(path, {method: "POST", headers: {"Content-Type": "application/json", "X-CSRF-Token": me.csrfToken},
      body: body === undefined ? undefined : JSON.stringify(body)});
  }

  function businessPicker(name, chosen) {
    const picker = el("select", {name: name, multiple: "multiple", size: Math.min(4, Math.max(2, me.businesses.length))},
      me.businesses.map(b => { const o = el("option", {value: b.id}, b.name); o.selected = chosen.includes(b.id); return o; }));
    return picker;
  }

  function picked(picker) { return Array.from(picker.selectedOptions).map(o => o.value); }

  /** Admins only: the accounts, which businesses each sees, adding and disabling one. */
  async function showAccounts() {
    show(el("p", {}, T("loading")));
    const accounts = await api("/web/api/accounts");
    const rows = accounts.map(a => {
      const cells = [el("td", {"class": "account-email"}, a.email), el("td", {}, a.role),
        el("td", {}, a.disabled ? T("disabled") : T("enabled"))];
      if (a.role === "admin") {
        cells.push(el("td", {}, T("allBusinesses")));
      } else {
        const picker = businessPicker("businesses", a.businessIds);
        const save = el("button", {type: "button"}, T("save"));
        save.addEventListener("click", () => post("/web/api/accounts/" + encodeURIComponent(a.email) + "/businesses",
          {businesses: picked(picker)}).then(showAccounts).catch(failure));
        cells.push(el("td", {}, picker, save));
      }
      const disable = el("button", {type: "button", "class": "disable"}, T("disable"));
      disable.addEventListener("click", () => post("/web/api/accounts/" + encodeURIComponent(a.email) + "/disable")
        .then(showAccounts).catch(failure));
      cells.push(el("td", {}, a.disabled ? "" : disable));
      return el("tr", {}, cells);
    });
    const picker = businessPicker("businesses", []);
    const form = el("form", {"class": "filters", id: "add-account"},
      el("label", {}, T("email"), el("input", {type: "email", name: "email", required: "required"})),
      el("label", {}, T("role"), el("select", {name: "role"}, ["owner", "accountant", "admin"].map(r => el("option", {value: r}, r)))),
      el("label", {}, T("business"), picker),
      el("label", {}, T("password"), el("input", {type: "password", name: "password", minlength: "12", required: "required",
        autocomplete: "new-password"})),
      el("button", {type: "submit"}, T("add")));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const data = new FormData(form);
      post("/web/api/accounts", {email: data.get("email"), role: data.get("role"), businesses: picked(picker),
        password: data.get("password")}).then(showAccounts).catch(failure);
    });
    show(el("h1", {}, T("accounts")), el("table", {id: "accounts"},
      el("thead", {}, el("tr", {}, ["email", "role", "status", "business", ""].map(k => el("th", {}, k ? T(k) : "")))),
      el("tbody", {}, rows)), el("h2", {}, T("addAccount")), form);
  }

  // --- imports: the file read, its columns shown and chosen, then the import followed with a progress bar
  function upload(path, file) {
    return api(path, {method: "POST", body: file,
      headers: {"Content-Type": "application/octet-stream", "X-CSRF-Token": me.csrfToken}});
  }

  async function showImport() {
    const business = el("select", {id: "import-business"}, me.businesses.map(b => el("option", {value: b.id}, b.name)));
    const file = el("input", {type: "file", id: "import-file", accept: ".csv,.xlsx,.pdf,.xml"});
    const read = el("button", {id: "import-read"}, T("importRead"));
    const area = el("div", {id: "import-area"});
    const refused = error => area.replaceChildren(el("p", {"class": "notice"}, T("failed") + error.message));
    read.addEventListener("click", () => previewImport(business.value, file.files[0], area, refused).catch(refused));
    show(el("h1", {}, T("importTitle")), el("p", {}, T("importHelp")), business, " ", file, " ", read, area);
  }

  async function previewImport(businessId, file, area, refused) {
    const found = await upload("/web/api/imports?preview=true&business=" + encodeURIComponent(businessId), file);
    const choice = column => el("select", {"data-column": column.name}, el("option", {value: ""}, T("importNone")),
      found.headers.map(h => { const o = el("option", {value: h}, h); o.selected = found.mapping[column.name] === h; return o; }));
    const go = el("button", {id: "import-go"}, T("importGo"));
    go.addEventListener("click", () => runImport(businessId, file, area).catch(refused));
    area.replaceChildren(el("p", {}, found.rows + " " + T("importRows")), el("table", {id: "import-mapping"},
      found.columns.map(c => el("tr", {}, el("th", {}, c.name + (c.required ? " *" : "")), el("td", {}, choice(c))))), go);
  }

  async function runImport(businessId, file, area) {
    const mapping = Array.from(area.querySelectorAll("select[data-column]"))
      .map(s => s.dataset.column + "=" + s.value).join(";");
    let status = await upload("/web/api/imports?business=" + encodeURIComponent(businessId) + "&mapping="
      + encodeURIComponent(mapping), file);
    const bar = el("progress", {id: "import-progress", max: String(Math.max(1, status.total)), value: "0"});
    const counts = el("p", {id: "import-counts"});
    area.replaceChildren(bar, counts);
    const shown = s => {
      bar.value = s.done;
      counts.textContent = (s.status === "running" ? "" : T("importDone")) + T("importCounts")
        .replace(/\{(\w+)\}/g, (all, key) => key === "rejected" ? s.rejected.length : s[key]);
    };
    shown(status);
    while (status.status === "running") {
      await new Promise(resolve => setTimeout(resolve, 500));
      status = await api("/web/api/imports/" + encodeURIComponent(status.id));
      shown(status);
    }
    if (status.rejected.length) {
      area.append(el("table", {id: "import-rejected"},
        el("tr", {}, el("th", {}, T("importLine")), el("th", {}, T("importField")), el("th", {}, T("importError"))),
        status.rejected.map(r => el("tr", {}, el("td", {}, r.line), el("td", {}, r.field), el("td", {}, r.error)))));
    }
  }

  function route() {
    const hash = location.hash || "#/";
    let work;
    if (hash.startsWith("#/case/")) work = showCase(decodeURIComponent(hash.substring(7)));
    else if (hash.startsWith("#/ageing")) work = showAgeing();
    else if (hash.startsWith("#/accounts")) work = showAccounts();
    else if (hash.startsWith("#/import")) work = showImport();
    else work = showList(hash.includes("?") ? hash.substring(hash.indexOf("?") + 1) : "");
    work.catch(failure);
  }

  async function start() {
    document.getElementById("nav-cases").textContent = T("cases");
    document.getElementById("nav-ageing").textContent = T("ageing");
    document.getElementById("nav-import").textContent = T("importTitle");
    document.getElementById("signout").textContent = T("signout");
    me = await api("/web/api/me");
    document.getElementById("who").textContent = me.email + " (" + me.role + ")";
    document.getElementById("signout-csrf").value = me.csrfToken;
    const accounts = document.getElementById("nav-accounts");
    accounts.textContent = T("accounts");
    accounts.hidden = me.role !== "admin";
    window.addEventListener("hashchange", route);
    route();
  }
  start().catch(failure);
})();
