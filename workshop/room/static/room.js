/* The room's phone page. The server decides everything (rules, what may be seen); this page shows the
   state it gets, keeps a ballot in progress and an unsent write in localStorage, and reconnects. */
"use strict";
(function () {
  var TEXT = {
    sv: {
      join_heading: "Gå med", code_label: "Koden på skärmen", next: "Nästa", pick_name: "Välj ditt namn",
      join_anonymous: "Gå med anonymt", write_heading: "Skriv en idé", idea_label: "Din idé",
      send_idea: "Skicka idén", silent_note: "Tyst skrivande: bara du ser dina idéer tills facilitatorn visar dem.",
      send_vote: "Skicka min röst", counted: "Din röst är räknad.", leave: "Lämna rummet",
      you_are: "Du är {name}.", dots_left: "{left} av {total} prickar kvar · högst {max} per idé",
      own: "din idé", not_own: "Du får inte rösta på din egen idé i den här omgången.",
      more: "En prick till på: {text}", fewer: "En prick mindre på: {text}",
      offline: "Ingen kontakt med datorn – försöker igen …", paused: "pausad",
      left_time: "{time} kvar", on_screen: "I den här omgången röstar ni på den gemensamma skärmen.",
      closed: "Omgången är stängd.", results: "Resultat", dots_n: "{n} prickar", sent: "Skickat.",
      score: "{criterion} (1–5)", none: "–", confirm: "Skicka rösten? Den går inte att ändra sedan.",
      idea_sent: "Idén är sparad."
    },
    en: {
      join_heading: "Join", code_label: "The code on the screen", next: "Next", pick_name: "Pick your name",
      join_anonymous: "Join anonymously", write_heading: "Write an idea", idea_label: "Your idea",
      send_idea: "Send the idea", silent_note: "Silent writing: only you see your ideas until the facilitator shows them.",
      send_vote: "Send my vote", counted: "Your vote is counted.", leave: "Leave the room",
      you_are: "You are {name}.", dots_left: "{left} of {total} dots left · at most {max} per idea",
      own: "your idea", not_own: "In this round you may not vote for your own idea.",
      more: "One more dot on: {text}", fewer: "One dot less on: {text}",
      offline: "No contact with the laptop – trying again …", paused: "paused",
      left_time: "{time} left", on_screen: "In this round the votes are given on the shared screen.",
      closed: "The round is closed.", results: "Results", dots_n: "{n} dots", sent: "Sent.",
      score: "{criterion} (1–5)", none: "–", confirm: "Send the vote? It cannot be changed afterwards.",
      idea_sent: "The idea is saved."
    }
  };
  var lang = "sv", state = null, socket = null, backoff = 500, timerAt = 0, timerTick = null;
  var $ = function (id) { return document.getElementById(id); };
  var code = new URLSearchParams(location.search).get("code") || "";

  function t(key, values) {
    var text = (TEXT[lang] || TEXT.sv)[key] || key;
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); });
    return text;
  }
  function setLanguage(value) {
    lang = TEXT[value] ? value : "sv";
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-text]"), function (el) {
      el.textContent = t(el.getAttribute("data-text"));
    });
  }
  function show(el, on) { el.hidden = !on; }
  function say(text) { $("message").textContent = text || ""; show($("message"), !!text); }
  function store(key, value) {
    try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }
  function stored(key) { try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; } }

  function request(method, path, body) {
    var options = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) { options.headers["Content-Type"] = "application/json"; options.body = JSON.stringify(body); }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    });
  }

  /* --- joining ------------------------------------------------------------------------------------ */
  function welcome() {
    var path = "/api/welcome" + (code ? "?code=" + encodeURIComponent(code) : "");
    return request("GET", path).then(function (answer) {
      setLanguage(answer.data.language || "sv");
      if (answer.status !== 200) { say(answer.data.message); code = ""; return welcome(); }
      if (answer.data.title) $("title").textContent = answer.data.title;
      show($("join"), true); show($("room"), false);
      show($("code-form"), !code);
      var list = $("roster"); list.textContent = "";
      (answer.data.roster || []).forEach(function (person) {
        var item = document.createElement("li"), button = document.createElement("button");
        button.type = "button"; button.textContent = person.name;
        button.addEventListener("click", function () { join(person.id); });
        item.appendChild(button); list.appendChild(item);
      });
      show($("names"), !!code && (answer.data.roster || []).length > 0);
      show($("anonymous"), !!code && answer.data.join_mode !== "roster");
    });
  }
  function join(participantId) {
    request("POST", "/api/join", { code: code, participant_id: participantId }).then(function (answer) {
      if (answer.status !== 200) { say(answer.data.message); return; }
      say(""); history.replaceState(null, "", "/"); received(answer.data);
    });
  }

  /* --- the room's state ---------------------------------------------------------------------------- */
  function refresh() {
    return request("GET", "/api/state").then(function (answer) {
      if (answer.status === 401) { state = null; closeSocket(); return welcome(); }
      if (answer.status === 200) received(answer.data);
    });
  }
  var refreshing = false, again = false;
  function refreshSoon() {
    /* Sixty phones hear the same message: each waits a little at random, and one fetch at a time. */
    if (refreshing) { again = true; return; }
    refreshing = true;
    setTimeout(function () {
      refresh().then(done, done);
      function done() { refreshing = false; if (again) { again = false; refreshSoon(); } }
    }, Math.random() * 150);
  }
  function received(data) {
    state = data;
    setLanguage(data.workshop.language);
    $("title").textContent = data.workshop.title;
    show($("join"), false); show($("room"), true);
    $("me").textContent = t("you_are", { name: data.me.name });
    var question = $("question");
    question.textContent = data.question ? data.question.text : ""; show(question, !!data.question);
    showPhase(data.phase);
    showIdeas(data);
    showRound(data.round);
    resendPending();
    if (!socket) connect();
  }
  function showPhase(phase) {
    var el = $("phase");
    clearInterval(timerTick);
    if (!phase) { show(el, false); return; }
    timerAt = Date.now();
    var paint = function () {
      var left = phase.running ? Math.max(0, phase.remaining_ms - (Date.now() - timerAt)) : phase.remaining_ms;
      var seconds = Math.ceil(left / 1000), time = Math.floor(seconds / 60) + ":" + ("0" + (seconds % 60)).slice(-2);
      el.textContent = phase.title + " · " + t("left_time", { time: time }) + (phase.running ? "" : " (" + t("paused") + ")");
    };
    paint(); show(el, true);
    if (phase.running) timerTick = setInterval(paint, 1000);
  }
  function showIdeas(data) {
    var writing = !data.phase || data.phase.kind === "ideas";
    show($("write"), writing);
    show($("silent-note"), data.silent);
    var list = $("ideas"); list.textContent = "";
    data.ideas.forEach(function (idea) {
      var item = document.createElement("li");
      item.textContent = idea.text;
      if (idea.own) item.className = "own";
      list.appendChild(item);
    });
  }

  /* --- voting ------------------------------------------------------------------------------------ */
  function draftKey(round) { return "ballot:" + round.id; }
  function draft(round) {
    var saved = stored(draftKey(round));
    if (saved) return saved;
    return round.method === "dots" ? Object.assign({}, round.my_dots) : Object.assign({}, round.my_scores);
  }
  function showRound(round) {
    var section = $("vote");
    if (!round) { show(section, false); return; }
    show(section, true);
    $("vote-heading").textContent = round.title;
    var done = round.state === "done", open = round.status === "open";
    show($("counted"), done);
    var list = $("items"); list.textContent = "";
    if (round.revealed && round.results) { showResults(round); show($("send-ballot"), false); return; }
    if (!round.phone_can_vote || !open) {
      $("vote-rules").textContent = !open ? t("closed") : t("on_screen");
      show($("send-ballot"), false); return;
    }
    var ballot = done ? (round.method === "dots" ? round.my_dots : round.my_scores) : draft(round);
    round.items.forEach(function (item) { list.appendChild(round.method === "dots" ? dotRow(round, item, ballot, done) : scoreRow(round, item, ballot, done)); });
    show($("send-ballot"), !done);
    rules(round, ballot);
  }
  function used(ballot) { return Object.keys(ballot).reduce(function (sum, k) { return sum + (ballot[k] || 0); }, 0); }
  function rules(round, ballot) {
    $("vote-rules").textContent = round.method === "dots"
      ? t("dots_left", { left: round.dots_per_person - used(ballot), total: round.dots_per_person, max: round.max_per_item })
      : "";
  }
  function dotRow(round, item, ballot, done) {
    var row = document.createElement("li"), text = document.createElement("p"), controls = document.createElement("div");
    text.className = "text"; text.textContent = item.text + (item.own ? " (" + t("own") + ")" : "");
    controls.className = "dots";
    var minus = document.createElement("button"), plus = document.createElement("button"), count = document.createElement("output");
    minus.type = plus.type = "button"; minus.textContent = "−"; plus.textContent = "+";
    minus.setAttribute("aria-label", t("fewer", { text: item.text })); plus.setAttribute("aria-label", t("more", { text: item.text }));
    count.setAttribute("aria-live", "polite");
    var paint = function () {
      var n = ballot[item.id] || 0;
      count.textContent = String(n);
      minus.disabled = done || n === 0;
      plus.disabled = done || !item.may_vote || n >= round.max_per_item || used(ballot) >= round.dots_per_person;
    };
    var change = function (step) {
      ballot[item.id] = Math.max(0, (ballot[item.id] || 0) + step);
      store(draftKey(round), ballot); rules(round, ballot);
      Array.prototype.forEach.call($("items").children, function (li) { if (li.paint) li.paint(); });
    };
    minus.addEventListener("click", function () { change(-1); });
    plus.addEventListener("click", function () { change(1); });
    controls.appendChild(minus); controls.appendChild(count); controls.appendChild(plus);
    row.appendChild(text); row.appendChild(controls); row.paint = paint; paint();
    if (!item.may_vote) { var note = document.createElement("p"); note.className = "note"; note.textContent = t("not_own"); row.appendChild(note); }
    return row;
  }
  function scoreRow(round, item, ballot, done) {
    var row = document.createElement("li"), text = document.createElement("p"), grid = document.createElement("div");
    text.className = "text"; text.textContent = item.text; grid.className = "scores";
    var pair = ballot[item.id] || [null, null];
    round.criteria.forEach(function (criterion, n) {
      var label = document.createElement("label"), select = document.createElement("select"), id = "s-" + item.id + "-" + n;
      label.htmlFor = id; label.textContent = t("score", { criterion: criterion }); select.id = id; select.disabled = done;
      ["", "1", "2", "3", "4", "5"].forEach(function (v) {
        var option = document.createElement("option"); option.value = v; option.textContent = v || t("none");
        if (String(pair[n] === null ? "" : pair[n]) === v) option.selected = true; select.appendChild(option);
      });
      select.addEventListener("change", function () {
        pair[n] = select.value ? Number(select.value) : null; ballot[item.id] = pair; store(draftKey(round), ballot);
      });
      var cell = document.createElement("div"); cell.appendChild(label); cell.appendChild(select); grid.appendChild(cell);
    });
    row.appendChild(text); row.appendChild(grid);
    return row;
  }
  function showResults(round) {
    $("vote-rules").textContent = t("results");
    var texts = {}; round.items.forEach(function (i) { texts[i.id] = i.text; });
    round.results.forEach(function (r) {
      var row = document.createElement("li");
      row.textContent = r.rank + ". " + (texts[r.item_id] || "") + " — " +
        (round.method === "scoring" ? [r.score_a, r.score_b].map(function (v) { return v === null ? "–" : v.toFixed(1); }).join(" / ") : t("dots_n", { n: r.dots }));
      $("items").appendChild(row);
    });
  }

  /* --- writes: numbered, kept until answered, sent again after a drop ------------------------------- */
  function nextSeq() { var pending = stored("pending"); return Math.max(state ? state.me.last_seq : 0, pending ? pending.body.seq : 0) + 1; }
  function write(path, body, done) {
    if (stored("pending")) { say(t("offline")); return; }
    body.seq = nextSeq();
    var pending = { path: path, body: body };
    store("pending", pending);
    send(pending, done);
  }
  var inFlight = false;
  function send(pending, done) {
    if (inFlight) return;
    inFlight = true;
    request("POST", pending.path, pending.body).then(function (answer) {
      inFlight = false;
      if (answer.status < 500) store("pending", null);
      if (answer.status >= 400) { say(answer.data.message); refresh(); return; }
      if (state) state.me.last_seq = pending.body.seq;
      say(""); if (done) done(answer.data); refresh();
    }).catch(function () { inFlight = false; say(t("offline")); });
  }
  function resendPending() { var pending = stored("pending"); if (pending) send(pending); }

  /* --- the live channel ---------------------------------------------------------------------------- */
  function closeSocket() { if (socket) { socket.onclose = null; socket.close(); socket = null; } }
  function connect() {
    closeSocket();
    socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/live");
    socket.onopen = function () { backoff = 500; show($("connection"), false); };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === "changed") refreshSoon();
      if (message.type === "removed") { state = null; closeSocket(); welcome(); }
    };
    socket.onclose = function () {
      socket = null; $("connection").textContent = t("offline"); show($("connection"), true);
      setTimeout(function () { refresh().then(function () { if (state) connect(); }, function () { connect(); }); }, backoff);
      backoff = Math.min(5000, backoff * 2);
    };
  }

  /* --- wiring -------------------------------------------------------------------------------------- */
  document.addEventListener("DOMContentLoaded", function () {
    $("code-form").addEventListener("submit", function (event) {
      event.preventDefault(); code = $("code").value.trim(); welcome();
    });
    $("anonymous").addEventListener("click", function () { join(null); });
    $("idea-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var text = $("idea").value.trim(); if (!text) return;
      write("/api/ideas", { text: text }, function () { $("idea").value = ""; say(""); });
    });
    $("send-ballot").addEventListener("click", function () {
      var round = state && state.round; if (!round) return;
      if (!confirm(t("confirm"))) return;
      var ballot = draft(round), body = { round_id: round.id };
      if (round.method === "dots") body.dots = ballot; else body.scores = ballot;
      write("/api/ballot", body, function () { store(draftKey(round), null); });
    });
    $("leave").addEventListener("click", function () {
      request("POST", "/api/leave", {}).then(function () { state = null; closeSocket(); welcome(); });
    });
    setLanguage(document.documentElement.lang);
    refresh().catch(function () { say(t("offline")); setTimeout(function () { location.reload(); }, 3000); });
  });
})();
