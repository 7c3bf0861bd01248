package org.alliance.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The funding cycle end to end, through the four services' public APIs only, with the seed studios:
 * 安徽省总工会 issues a project call; studios in 宣城, 淮北 and 池州 apply; unit, district and provincial
 * unions stamp the applications (池州's is returned once and amended); experts are assigned (one,
 * employed by 宣城明讯's upstream supplier 池州安安铝业, is excluded and says why) and score; the
 * union closes the window and the review; a budget of 150,000 RMB funds two of three; the funded
 * project is completed and accepted; its outcome spreads through an alliance and along the supply
 * chain, a downstream studio adopts it, and matching's lineage shows where it went. Last, a studio due
 * for its five-yearly re-review fails it, and the registry and matching drop it.
 *
 * <p>Every step prints what happened ({@code say}) and the walk returns what a test asserts on. It
 * needs the seed studios of deploy/local/demo/studios.json in the registry.
 */
public final class FundingJourney {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String PROVINCE = "340000";
    static final String PROVINCE_UNION = "安徽省总工会";
    static final long BUDGET = 150_000;

    /** What the walk saw, for a test to check. */
    public record Result(UUID callId, Map<String, Applicant> applicants, JsonNode excludedExpert, JsonNode selection,
            JsonNode project, UUID outcomeId, JsonNode adoption, JsonNode lineage, Revocation revocation) {
    }

    /** The studio a failed re-review revoked, and the need whose proposal of it matching withdrew. */
    public record Revocation(UUID studioId, JsonNode decision, UUID needId, UUID matchId) {
    }

    /** One applying studio and what became of its application. */
    public record Applicant(String studioName, UUID studioId, UUID enterpriseId, String enterpriseName, String region,
            UUID applicationId, UUID caseId) {
    }

    private final Api registry;
    private final Api application;
    private final Api review;
    private final Api matching;
    private final Tokens tokens;
    private final Consumer<String> say;
    private final LocalDate today = LocalDate.now(CHINA);

    public FundingJourney(Api registry, Api application, Api review, Api matching, Tokens tokens, Consumer<String> say) {
        this.registry = registry;
        this.application = application;
        this.review = review;
        this.matching = matching;
        this.tokens = tokens;
        this.say = say;
    }

    public Result walk() {
        say.accept("== 1. 登记库中的工作室与上下游（registry）");
        JsonNode mingxun = studio("精密压铸创新工作室");
        JsonNode huaibei = studio("综采设备维修劳模创新工作室");
        JsonNode chizhou = studio("铝型材挤压创新工作室");
        JsonNode jiashan = studio("动力电池包装配创新工作室");
        JsonNode suzhou = studio("电路板智能检测创新工作室");
        accreditMunicipal(mingxun);
        accreditMunicipal(chizhou);
        UUID supplier = id(chizhou, "enterpriseId");
        requireSupplyLink(supplier, id(mingxun, "enterpriseId"));

        say.accept("== 2. " + PROVINCE_UNION + "发布创新项目助推申报批次（application）");
        UUID callId = publishCall();

        say.accept("== 3. 协调人组建跨区域联盟（matching）");
        UUID allianceId = formAlliance(mingxun, jiashan, suzhou);

        say.accept("== 4. 三个地区的工作室提交申报");
        Map<String, Applicant> applicants = new LinkedHashMap<>();
        for (JsonNode s : List.of(mingxun, huaibei, chizhou)) {
            applicants.put(text(s, "name"), apply(callId, s));
        }

        say.accept("== 5. 单位工会、区局集团工会、省总工会逐级审核盖章（review）");
        Map<UUID, UUID> cases = new LinkedHashMap<>();
        for (Applicant a : applicants.values()) {
            JsonNode c = review.await(provinceUnion(), "/api/v1/reviews?callId=" + callId + "&size=50",
                    page -> caseOf(page, a.applicationId()) != null, "the review case of " + a.studioName());
            cases.put(a.applicationId(), id(caseOf(c, a.applicationId()), "id"));
        }
        applicants.replaceAll((name, a) -> new Applicant(a.studioName(), a.studioId(), a.enterpriseId(), a.enterpriseName(),
                a.region(), a.applicationId(), cases.get(a.applicationId())));
        for (Applicant a : applicants.values()) {
            signOff(a, "UNIT", "APPROVE", null);
            if (a == applicants.get("铝型材挤压创新工作室")) {
                signOff(a, "DISTRICT", "RETURN", "请补充企业立项批复文件中启动资金到位情况的说明");
                amend(a, callId);
            }
            signOff(a, "DISTRICT", "APPROVE", null);
            signOff(a, "CITY", "APPROVE", null);
        }

        say.accept("== 6. 专家库、分配评审专家与利益冲突回避");
        List<UUID> experts = enrolExperts(supplier);
        UUID upstreamExpert = experts.get(0);
        JsonNode run = review.post(provinceUnion(), "/api/v1/review-calls/" + callId + "/assignments", null, 200);
        say.accept("分配：" + run.path("casesAssigned").asInt() + " 个案件，每案 " + run.path("expertsPerCase").asInt() + " 位专家");
        Applicant applicant = applicants.get("精密压铸创新工作室");
        JsonNode explanation = review.get(provinceUnion(), "/api/v1/reviews/" + applicant.caseId() + "/assignment");
        JsonNode excluded = null;
        for (JsonNode x : explanation.path("excluded")) {
            say.accept("回避：" + text(x, "name") + "（" + text(x, "reasonCode") + "）" + text(x, "reason"));
            if (upstreamExpert.equals(id(x, "expertId"))) {
                excluded = x;
            }
        }
        if (excluded == null) {
            throw new JourneyFailure("the expert employed by the upstream supplier was not excluded: " + explanation);
        }
        for (JsonNode chosen : explanation.path("experts")) {
            say.accept("选中：" + text(chosen, "name") + "，相关度 " + chosen.path("relevance").asInt()
                    + " " + chosen.path("relevanceTerms"));
        }

        say.accept("== 7. 专家评分");
        Map<String, int[]> points = Map.of(
                "精密压铸创新工作室", new int[] {28, 23, 23, 18, 0},
                "综采设备维修劳模创新工作室", new int[] {24, 20, 22, 14, 0},
                "铝型材挤压创新工作室", new int[] {23, 19, 20, 14, 0});
        for (Applicant a : applicants.values()) {
            score(a, points.get(a.studioName()));
        }

        say.accept("== 8. " + PROVINCE_UNION + "提前截止申报、结束评审并在预算内作出资助决定");
        application.post(provinceUnion(), "/api/v1/calls/" + callId + "/closing",
                Map.of("reason", "三个地区的申报材料已全部收齐，经研究提前截止申报"), 200);
        JsonNode selection = review.retry(provinceUnion(), "POST", "/api/v1/review-calls/" + callId + "/selection", null,
                201, 409, "the review side to learn that the call closed");
        for (JsonNode d : selection.path("decisions")) {
            Applicant a = byApplication(applicants, id(d, "applicationId"));
            say.accept("第 " + d.path("rank").asText("-") + " 名 " + a.studioName() + "：" + text(d, "decision")
                    + (d.path("grade").isNull() ? "" : " " + text(d, "grade") + " 档")
                    + (d.path("amountRmb").isNull() ? "" : " " + d.path("amountRmb").asLong() + " 元")
                    + "，得分 " + d.path("score").asText() + "，" + text(d, "reason"));
        }
        say.accept("资助 " + selection.path("funded").asInt() + " 项，共 " + selection.path("fundedRmb").asLong()
                + " 元，预算余 " + selection.path("remainingRmb").asLong() + " 元");

        say.accept("== 9. 项目立项、结题验收（application）");
        String xuancheng = applicant.region();
        JsonNode project = application.await(tokens.union(xuancheng, null, null), "/api/v1/projects?size=50",
                page -> projectOf(page, applicant.applicationId()) != null, "the funded project");
        project = projectOf(project, applicant.applicationId());
        UUID projectId = id(project, "id");
        say.accept("项目：" + text(project, "title") + "，" + text(project, "grade") + " 档 " + project.path("amountRmb").asLong()
                + " 元，应于 " + text(project, "dueOn") + " 前结题");
        application.post(tokens.union(xuancheng, null, null), "/api/v1/projects/" + projectId + "/completion-report",
                Map.of("report", "项目已按计划完成：电池壳体真空压铸气孔率由3.2%降至0.6%，一次合格率提升至98.5%，培养压铸工艺骨干12名。"), 200);
        project = application.post(provinceUnion(), "/api/v1/projects/" + projectId + "/completion-verdict",
                Map.of("verdict", "ACCEPTED", "reason", "经专家组现场验收，项目达到立项目标"), 200);
        say.accept("结题验收：" + text(project, "status") + "（" + text(project, "acceptedOn") + "）");

        say.accept("== 10. 发布创新成果，沿联盟和供应链推广（matching）");
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("projectId", projectId);
        outcome.put("kind", "PROCESS");
        outcome.put("title", "铝合金电池壳体真空压铸工艺");
        outcome.put("summary", "以真空压铸和模温分区控制消除电池壳体气孔与缩松，壳体气密性一次合格率达到98.5%。");
        outcome.put("keywords", List.of("压铸缺陷", "铝合金", "电池壳体", "气密性", "熔铸"));
        outcome.put("industrySection", "C");
        outcome.put("industryDivision", "33");
        outcome.put("economicValueRmb", new BigDecimal("1200000.00"));
        JsonNode published = application.post(tokens.union(xuancheng, null, null), "/api/v1/outcomes", outcome, 201);
        UUID outcomeId = id(published, "id");
        UUID adopter = id(jiashan, "id");
        JsonNode reached = matching.await(tokens.coordinator(), "/api/v1/outcomes/" + outcomeId + "/lineage?size=200",
                l -> recipient(l, adopter) != null, "the outcome to reach " + text(jiashan, "name"));
        for (JsonNode r : reached.path("recipients").path("items")) {
            say.accept("送达：" + text(r.path("studio"), "name") + "（" + text(r.path("studio"), "regionCode") + "）经 " + paths(r));
        }

        say.accept("== 11. 下游工作室采用成果");
        JsonNode adoption = matching.post(tokens.union("330000", null, null), "/api/v1/outcomes/" + outcomeId + "/adoptions",
                Map.of("studioId", adopter, "economicValueRmb", new BigDecimal("860000.00"), "adoptedOn", today.toString(),
                        "note", "引入真空压铸工艺后电池壳体气密返修率下降七成"), 201);
        say.accept("采用：" + text(adoption.path("studio"), "name") + "，创造效益 " + adoption.path("economicValueRmb").asText() + " 元");

        say.accept("== 12. 成果谱系（matching）");
        JsonNode lineage = matching.get(tokens.coordinator(), "/api/v1/outcomes/" + outcomeId + "/lineage?size=200");
        JsonNode totals = lineage.path("totals");
        say.accept(text(lineage.path("outcome"), "title") + "：送达 " + totals.path("recipients").asLong() + " 个工作室，覆盖 "
                + totals.path("regions").asLong() + " 个地区，采用 " + totals.path("adoptions").asLong() + " 次，采用效益 "
                + totals.path("adoptedValueRmb").asText() + " 元，合计 " + totals.path("totalValueRmb").asText() + " 元"
                + "（联盟 " + allianceId + "）");

        say.accept("== 13. 复评：到期工作室复评未通过被撤销，撮合中的提案随之撤回");
        Revocation revocation = reReview(studio("赵卫东新能源电池管理创新工作室"), id(jiashan, "enterpriseId"), experts.subList(1, 4));
        return new Result(callId, applicants, excluded, selection, project, outcomeId, adoption, lineage, revocation);
    }

    /**
     * 嘉兴's enterprise posts a battery-testing need that matching proposes the Beijing studio for; the
     * studio falls due for its five-yearly re-review, three experts find its funding and results short of
     * the seven-haves standard, the union decides REVOKED, the registry revokes it and matching withdraws
     * the proposal.
     */
    private Revocation reReview(JsonNode studio, UUID poster, List<UUID> experts) {
        UUID studioId = id(studio, "id");
        JsonNode need = matching.post(tokens.union("330000", null, null), "/api/v1/needs", Map.of(
                "title", "动力电池包一致性检测与热管理标定", "enterpriseId", poster, "industryCode", "36",
                "description", "电池包装配后单体电池一致性差异大，需要电池一致性检测、热管理标定和故障诊断方面的技术支持。",
                "regionScope", "ANYWHERE", "urgency", "HIGH"), 201);
        UUID needId = id(need, "id");
        String matches = "/api/v1/needs/" + needId + "/matches";
        JsonNode proposed = matching.await(tokens.coordinator(), matches, list -> matchOf(list, studioId) != null,
                "the proposal of " + text(studio, "name"));
        String match = "/api/v1/matches/" + text(matchOf(proposed, studioId), "id");
        say.accept("需求：「" + text(need, "title") + "」，撮合提出 " + text(studio, "name"));

        String region = text(studio.path("accreditation"), "accreditedBy");
        String union = tokens.union(region, null, null);
        review.post(union, "/api/v1/reaccreditations/openings", Map.of("dueFrom", "2000-01-01", "dueTo", today.toString()), 200);
        JsonNode open = review.get(union, "/api/v1/reaccreditations?status=OPEN&size=100");
        JsonNode found = null;
        for (JsonNode c : open.path("items")) {
            if (studioId.toString().equals(text(c, "studioId"))) {
                found = c;
            }
        }
        if (found == null) {
            throw new JourneyFailure(text(studio, "name") + " is not due for re-review: " + open);
        }
        UUID caseId = id(found, "id");
        say.accept("复评：" + text(studio, "name") + "，" + text(found, "accreditedOn") + " 认定，" + text(found, "reReviewDue") + " 到期");
        for (UUID expert : experts) {
            Map<String, Object> scores = new LinkedHashMap<>(Map.of("modelWorkerLead", 90, "team", 85, "venue", 80,
                    "equipment", 75, "rules", 70, "funding", 40, "results", 50));
            scores.put("comment", "近两年经费未落实，创新成果不足");
            review.post(tokens.reviewer(expert), "/api/v1/reaccreditations/" + caseId + "/scores", scores, 201);
        }
        JsonNode decision = review.post(union, "/api/v1/reaccreditations/" + caseId + "/decision",
                Map.of("note", "经复评，工作室经费保障和创新成果未达到七有标准"), 200);
        say.accept("复评结论：" + text(decision, "decision") + "，" + String.join("；", texts(decision.path("reasons"))));
        registry.await(tokens.coordinator(), "/api/v1/studios/" + studioId, s -> "REVOKED".equals(text(s, "status")),
                "the registry to revoke " + text(studio, "name"));
        matching.await(tokens.coordinator(), match, m -> "WITHDRAWN".equals(text(m, "status")),
                "matching to withdraw its proposal of " + text(studio, "name"));
        if (matchOf(matching.get(tokens.coordinator(), matches), studioId) != null) {
            throw new JourneyFailure("the need still lists the withdrawn proposal of " + text(studio, "name"));
        }
        say.accept("撤销：登记库中 " + text(studio, "name") + " 已撤销，撮合撤回了对它的提案");
        return new Revocation(studioId, decision, needId, UUID.fromString(match.substring(match.lastIndexOf('/') + 1)));
    }

    /** The need's live proposal of the studio; the need's list leaves withdrawn ones out. */
    private static JsonNode matchOf(JsonNode matches, UUID studio) {
        for (JsonNode m : matches) {
            if (studio.toString().equals(text(m.path("studio"), "id"))) {
                return m;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // --- registry -------------------------------------------------------------------------------

    private JsonNode studio(String name) {
        JsonNode page = registry.get(tokens.coordinator(), "/api/v1/studios?size=50&text=" + Api.query(name));
        for (JsonNode s : page.path("items")) {
            if (name.equals(text(s, "name"))) {
                say.accept("工作室：" + name + "，" + text(s, "enterpriseName") + "（" + text(s, "regionCode") + "），"
                        + text(s, "tier") + " " + text(s, "status"));
                return s;
            }
        }
        throw new JourneyFailure("the seed studio " + name + " is not in the registry: load the demo data first"
                + " (deploy/local/demo-data)");
    }

    /** The city union accredits the studio 市级 today, unless it already is accredited. */
    private void accreditMunicipal(JsonNode studio) {
        if ("ACCREDITED".equals(text(studio, "status"))) {
            return;
        }
        String city = text(studio, "regionCode");
        JsonNode accredited = registry.post(tokens.union(city, null, null), "/api/v1/studios/" + text(studio, "id")
                + "/accreditations", Map.of("tier", "MUNICIPAL", "accreditedBy", city, "accreditedOn", today.toString()), 201);
        say.accept("认定：" + text(studio, "name") + " 由 " + city + " 认定为市级工作室，复评日 "
                + text(accredited.path("accreditation"), "reReviewDue"));
    }

    private void requireSupplyLink(UUID upstream, UUID downstream) {
        JsonNode links = registry.get(tokens.coordinator(), "/api/v1/enterprises/" + downstream + "/supply-links?direction=upstream");
        for (JsonNode l : links.path("links")) {
            if (upstream.toString().equals(text(l.path("upstream"), "enterpriseId"))) {
                say.accept("上下游：" + text(l.path("upstream"), "name") + " → " + text(l.path("downstream"), "name")
                        + (l.has("product") ? "（" + text(l, "product") + "）" : ""));
                return;
            }
        }
        throw new JourneyFailure("the seed supply link 池州安安铝业 → 安徽明讯科技 is missing: " + links);
    }

    // --- matching -------------------------------------------------------------------------------

    private UUID formAlliance(JsonNode... members) {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : members) {
            ids.add(text(m, "id"));
        }
        JsonNode alliance = matching.post(tokens.coordinator(), "/api/v1/alliances", Map.of(
                "name", "长三角新能源汽车零部件创新工作室联盟（" + today + "）", "kind", "CROSS_REGION",
                "coordinatorName", "长三角劳模工匠创新工作室联盟秘书处",
                "description", "电池壳体压铸、电池包装配与电路板检测工作室跨省协作", "members", ids), 201);
        say.accept("联盟：" + text(alliance, "name") + "，成员 " + alliance.path("members").size() + " 个");
        return id(alliance, "id");
    }

    // --- application ----------------------------------------------------------------------------

    private UUID publishCall() {
        int year = today.getYear();
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("kind", "PROJECT_BOOST");
        call.put("year", year);
        call.put("title", year + "年安徽省职工创新助推计划·创新项目助推");
        call.put("issuingUnion", PROVINCE_UNION);
        call.put("issuingRegion", PROVINCE);
        call.put("opensOn", today.toString());
        call.put("closesOn", today.plusDays(30).toString());
        call.put("budgetRmb", BUDGET);
        call.put("amounts", List.of(
                Map.of("tier", "MUNICIPAL", "grade", "A", "amountRmb", 100_000),
                Map.of("tier", "MUNICIPAL", "grade", "B", "amountRmb", 50_000),
                Map.of("tier", "DISTRICT_BUREAU_GROUP", "amountRmb", 30_000)));
        call.put("quotas", List.of());
        call.put("focusIndustries", List.of(Map.of("focus", "SMART_EQUIPMENT", "divisions", List.of("34", "35", "40"))));
        call.put("maxApplicationsPerStudio", 2);
        call.put("maxFundedPerStudio", 1);
        call.put("completionMonths", 24);
        call.put("minimumScore", 60);
        call.put("gradeAScore", 85);
        call.put("eligibleTiers", List.of("MUNICIPAL", "DISTRICT_BUREAU_GROUP"));
        Api.Answer drafted = application.send(provinceUnion(), "POST", "/api/v1/calls", call);
        if (drafted.status() == 409 && "one-call-per-kind-year-region".equals(drafted.body().path("rule").asText())) {
            throw new JourneyFailure(PROVINCE_UNION + " already has a " + year + " project call on this stack: the walk-through"
                    + " runs once per stack and year (deploy/local/down --purge, then deploy/local/up, to walk it again)");
        }
        if (drafted.status() != 201) {
            throw new JourneyFailure("drafting the call answered " + drafted.status() + ": " + drafted.body());
        }
        UUID id = id(drafted.body(), "id");
        JsonNode published = application.post(provinceUnion(), "/api/v1/calls/" + id + "/publication", null, 200);
        say.accept("批次：" + text(published, "title") + "，预算 " + BUDGET + " 元，" + text(published, "opensOn") + " 至 "
                + text(published, "closesOn") + "，" + text(published, "phase"));
        return id;
    }

    private Applicant apply(UUID callId, JsonNode studio) {
        UUID enterprise = id(studio, "enterpriseId");
        String region = text(studio, "regionCode");
        String unit = tokens.union(region, "UNIT", enterprise);
        JsonNode draft = application.post(unit, "/api/v1/applications", form(callId, studio, false), 201);
        UUID applicationId = id(draft, "id");
        JsonNode submitted = application.post(unit, "/api/v1/applications/" + applicationId + "/submission", null, 200);
        say.accept("申报：" + text(studio, "name") + "（" + region + "）「" + text(submitted.path("project"), "title") + "」"
                + text(submitted, "status"));
        return new Applicant(text(studio, "name"), id(studio, "id"), enterprise, text(studio, "enterpriseName"), region,
                applicationId, null);
    }

    private void amend(Applicant a, UUID callId) {
        String unit = tokens.union(a.region(), "UNIT", a.enterpriseId());
        application.await(unit, "/api/v1/applications/" + a.applicationId(), app -> "RETURNED".equals(text(app, "status")),
                "the return to reach the application");
        JsonNode studio = registry.get(tokens.coordinator(), "/api/v1/studios/" + a.studioId());
        JsonNode amended = application.put(unit, "/api/v1/applications/" + a.applicationId(), form(callId, studio, true), null);
        say.accept("补正：" + a.studioName() + " 补充说明后重新提交，" + text(amended, "status"));
        review.await(provinceUnion(), "/api/v1/reviews/" + a.caseId(), c -> "IN_SIGN_OFF".equals(text(c, "status")),
                "the amended application to resume its review");
    }

    private Map<String, Object> form(UUID callId, JsonNode studio, boolean amended) {
        Map<String, String> projects = Map.of(
                "精密压铸创新工作室", "新能源汽车铝合金电池壳体真空压铸工艺攻关",
                "综采设备维修劳模创新工作室", "综采液压支架立柱智能修复技术研究",
                "铝型材挤压创新工作室", "铝型材挤压模具激光熔覆修复技术");
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", projects.get(text(studio, "name")));
        project.put("technicalContent", "围绕" + text(studio.path("capabilities"), "summary").replaceAll("。.*", "")
                + "开展工艺攻关，形成可推广的工艺规范。");
        project.put("problemSolved", "解决生产中长期存在的质量缺陷和返修率高的问题。"
                + (amended ? "企业已于立项当月拨付启动资金，到位证明附后。" : ""));
        project.put("skillsTraining", "以项目带徒，培养掌握新工艺的技能骨干十名以上。");
        project.put("industrySection", text(studio, "industrySection"));
        project.put("industryDivision", text(studio, "industryDivision"));
        project.put("approvedOn", today.toString());
        project.put("startupFundsPaid", true);
        project.put("plannedCompletion", today.plusMonths(18).toString());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("callId", callId);
        form.put("studioId", text(studio, "id"));
        form.put("enterpriseName", text(studio, "enterpriseName"));
        form.put("project", project);
        return form;
    }

    // --- review ---------------------------------------------------------------------------------

    private void signOff(Applicant a, String level, String action, String reason) {
        String token = switch (level) {
            case "UNIT" -> tokens.union(a.region(), "UNIT", a.enterpriseId());
            case "DISTRICT" -> tokens.union(a.region(), "DISTRICT", null);
            default -> provinceUnion();
        };
        String union = switch (level) {
            case "UNIT" -> a.enterpriseName() + "工会";
            case "DISTRICT" -> regionUnion(a.region());
            default -> PROVINCE_UNION;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("unionName", union);
        if (reason != null) {
            body.put("reason", reason);
        }
        JsonNode c = review.post(token, "/api/v1/reviews/" + a.caseId() + "/sign-offs", body, 200);
        say.accept(("APPROVE".equals(action) ? "盖章：" : "退回：") + union + " → " + a.studioName() + "，现处 "
                + text(c, "stage") + " " + text(c, "status") + (reason == null ? "" : "（" + reason + "）"));
    }

    /** Five experts; the first works for 池州安安铝业, the upstream supplier of 宣城明讯. Returns their ids in that order. */
    private List<UUID> enrolExperts(UUID supplierEnterprise) {
        String stamp = " " + today.getYear() + "-" + UUID.randomUUID().toString().substring(0, 4);
        List<Map<String, Object>> experts = List.of(
                expert("王建国" + stamp, "池州安安铝业有限公司", "铝合金熔铸与压铸", "341700", supplierEnterprise,
                        List.of("33", "32"), List.of("压铸", "铝合金", "电池壳体")),
                expert("李明华" + stamp, "合肥工业大学材料学院", "铸造工艺", "340100", null, List.of("33"), List.of("压铸", "铝合金")),
                expert("陈志远" + stamp, "安徽省机械工程学会", "机械制造工艺", "340100", null, List.of("33", "35"), List.of("液压支架", "模具")),
                expert("周海燕" + stamp, "中国矿业大学", "矿山机械", "320300", null, List.of("06", "35"), List.of("液压支架", "综采")),
                expert("吴国强" + stamp, "芜湖市职业技术学院", "挤压与模具修复", "340200", null, List.of("32", "33"), List.of("挤压", "模具")));
        List<UUID> ids = new ArrayList<>();
        for (Map<String, Object> e : experts) {
            JsonNode enrolled = review.post(tokens.operator(), "/api/v1/experts", e, 201);
            say.accept("专家：" + text(enrolled, "name") + "，" + text(enrolled, "affiliation") + "，" + text(enrolled, "specialty"));
            ids.add(id(enrolled, "id"));
        }
        return ids;
    }

    private static Map<String, Object> expert(String name, String affiliation, String specialty, String region, UUID employer,
            List<String> divisions, List<String> keywords) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("affiliation", affiliation);
        e.put("specialty", specialty);
        e.put("regionCode", region);
        if (employer != null) {
            e.put("employerEnterpriseId", employer);
        }
        e.put("industryDivisions", divisions);
        e.put("keywords", keywords);
        return e;
    }

    private void score(Applicant a, int[] base) {
        JsonNode explanation = review.get(provinceUnion(), "/api/v1/reviews/" + a.caseId() + "/assignment");
        String[] criteria = {"TECHNICAL_CONTENT", "FILLS_GAP", "SOLVES_PROCESS_PROBLEM", "TRAINS_SKILLED_WORKERS",
                "FOCUS_INDUSTRY_BONUS"};
        int nth = 0;
        for (JsonNode chosen : explanation.path("experts")) {
            if (!"ASSIGNED".equals(text(chosen, "status"))) {
                continue;
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < criteria.length; i++) {
                // the experts differ by a point or two, as real panels do
                int p = Math.max(0, base[i] + (i == 0 ? nth - 1 : 0));
                items.add(Map.of("criterion", criteria[i], "points", p, "comment", comment(i, p)));
            }
            JsonNode scored = review.post(tokens.reviewer(id(chosen, "expertId")), "/api/v1/reviews/" + a.caseId() + "/scores",
                    Map.of("items", items, "note", "独立评审意见"), 201);
            say.accept("评分：" + text(chosen, "name") + " → " + a.studioName() + " " + scored.path("total").asText() + " 分");
            nth++;
        }
    }

    private static String comment(int criterion, int points) {
        String[] what = {"技术含量", "填补空白", "解决生产工艺难题", "培养技能人才", "高精尖产业"};
        return what[criterion] + (points == 0 ? "不涉及" : "：评分依据申报材料与现场答辩");
    }

    // --- reading answers ------------------------------------------------------------------------

    private String provinceUnion() {
        return tokens.union(PROVINCE, "CITY", null);
    }

    private static String regionUnion(String region) {
        return switch (region) {
            case "340600" -> "淮北矿业（集团）有限责任公司工会";
            case "341700" -> "池州市经济和信息化局工会";
            case "341800" -> "宣城经济技术开发区工会";
            default -> region + " 区局集团工会";
        };
    }

    private static JsonNode caseOf(JsonNode page, UUID applicationId) {
        for (JsonNode c : page.path("items")) {
            if (applicationId.toString().equals(text(c, "applicationId"))) {
                return c;
            }
        }
        return null;
    }

    private static JsonNode projectOf(JsonNode page, UUID applicationId) {
        return caseOf(page, applicationId);
    }

    private static JsonNode recipient(JsonNode lineage, UUID studio) {
        for (JsonNode r : lineage.path("recipients").path("items")) {
            if (studio.toString().equals(text(r.path("studio"), "id"))) {
                return r;
            }
        }
        return null;
    }

    private static String paths(JsonNode recipient) {
        List<String> paths = new ArrayList<>();
        for (JsonNode p : recipient.path("paths")) {
            paths.add("ALLIANCE".equals(text(p, "via")) ? "联盟「" + text(p, "allianceName") + "」"
                    : "供应链 " + p.path("hops").asInt() + " 跳");
        }
        return String.join("、", paths);
    }

    private static Applicant byApplication(Map<String, Applicant> applicants, UUID applicationId) {
        return applicants.values().stream().filter(a -> a.applicationId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new JourneyFailure("a decision names an application the walk did not file: " + applicationId));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    static UUID id(JsonNode node, String field) {
        return UUID.fromString(text(node, field));
    }
}
