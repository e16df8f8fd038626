import json
P="#/components/schemas/"
def ref(n): return {"$ref": P+n}
def problem_resp(desc): return {"description": desc, "content": {"application/problem+json": {"schema": ref("Problem")}}}
def json_resp(desc, schema): return {"description": desc, "content": {"application/json": {"schema": schema}}}
def body(schema): return {"required": True, "content": {"application/json": {"schema": schema}}}
common_api = {"400": problem_resp("Invalid request (errors name each field)"), "401": problem_resp("Missing or wrong bearer token"), "503": problem_resp("database_unavailable, overloaded or shutting_down (Retry-After)")}
def api(extra):
    d=dict(common_api); d.update(extra); return d
callback_responses = {
 "200": json_resp("Applied, duplicate (body or webhook-id replay) or superseded by a staff decision", ref("CallbackAnswer")),
 "400": problem_resp("malformed_payload: not one strict JSON object of the documented shape"),
 "401": problem_resp("signature_invalid"),
 "403": problem_resp("external_id_mismatch (SoftwareSecure only)"),
 "404": problem_resp("attempt_not_found"),
 "405": problem_resp("method_not_allowed: any method but POST"),
 "409": problem_resp("review_already_exists (updates switched off)"),
 "412": problem_resp("exam_not_proctored"),
 "413": problem_resp("payload_too_large: body over 1 MiB"),
 "422": problem_resp("bad_review_status"),
 "503": problem_resp("database_unavailable, overloaded or shutting_down (Retry-After)")}
webhook_params=[{"name":n,"in":"header","required":False,"schema":{"type":"string"},"description":d} for n,d in [("webhook-id","Standard Webhooks message id"),("webhook-timestamp","Unix seconds"),("webhook-signature","space-separated v1,<base64 HMAC-SHA256>")]]
def pid(name, typ="integer"):
    return {"name":name,"in":"path","required":True,"schema":{"type":"string"} if typ=="string" else {"type":"integer","format":"int64","minimum":1}}
def q(name, req, typ="string"): return {"name":name,"in":"query","required":req,"schema":{"type":typ}}
def obj(props, required=None, extra=None):
    o={"type":"object","properties":props}
    if required: o["required"]=required
    if extra is not None: o["additionalProperties"]=extra
    return o
def arr(items): return {"type":"array","items":items}
paths = {
 "/callbacks/software-secure": {"post": {"operationId":"receiveSoftwareSecureReview","tags":["callbacks"],"summary":"SoftwareSecure (RPNow) review; Content-Type is ignored","parameters":webhook_params,"requestBody":{"required":True,"content":{"*/*":{"schema":ref("SoftwareSecureReview")}}},"responses":callback_responses,"security":[{"standardWebhooks":[]}]}},
 "/callbacks/psi/attempts/{external_id}/reviewed": {"post": {"operationId":"receivePsiReview","tags":["callbacks"],"summary":"PSI review in the standard format","parameters":[pid("external_id","string")]+webhook_params,"requestBody":body(ref("PsiReview")),"responses":callback_responses,"security":[{"standardWebhooks":[]}]}},
 "/api/v1/users/{user_id}": {
   "put": {"operationId":"putUser","tags":["users"],"parameters":[pid("user_id")],"requestBody":body(ref("UserInput")),"responses":api({"200":json_resp("The user",ref("User"))})},
   "get": {"operationId":"getUser","tags":["users"],"parameters":[pid("user_id")],"responses":api({"200":json_resp("The user",ref("User")),"404":problem_resp("user_not_found")})}},
 "/api/v1/exams": {"post": {"operationId":"postExam","tags":["exams"],"requestBody":body(ref("ExamInput")),"responses":api({"201":json_resp("The exam",ref("Exam")),"409":problem_resp("exam_already_exists")})}},
 "/api/v1/exams/{exam_id}": {
   "get": {"operationId":"getExam","tags":["exams"],"parameters":[pid("exam_id")],"responses":api({"200":json_resp("The exam",ref("Exam")),"404":problem_resp("exam_not_found")})},
   "patch": {"operationId":"patchExam","tags":["exams"],"parameters":[pid("exam_id")],"requestBody":body(ref("ExamPatch")),"responses":api({"200":json_resp("The exam",ref("Exam")),"404":problem_resp("exam_not_found"),"409":problem_resp("exam_already_exists")})}},
 "/api/v1/attempts": {
   "post": {"operationId":"postAttempt","tags":["attempts"],"requestBody":body(ref("AttemptInput")),"responses":api({"201":json_resp("The attempt",ref("Attempt")),"404":problem_resp("exam_not_found or user_not_found")})},
   "get": {"operationId":"findAttemptByCode","tags":["attempts"],"parameters":[q("attempt_code",True)],"responses":api({"200":json_resp("The attempt, live or archived",ref("Attempt")),"404":problem_resp("attempt_not_found")})}},
 "/api/v1/attempts/{attempt_id}": {
   "get": {"operationId":"getAttempt","tags":["attempts"],"parameters":[pid("attempt_id")],"responses":api({"200":json_resp("The attempt, live or archived",ref("Attempt")),"404":problem_resp("attempt_not_found")})},
   "delete": {"operationId":"archiveAttempt","tags":["attempts"],"parameters":[pid("attempt_id")],"responses":api({"204":{"description":"Archived (again: no change)"},"404":problem_resp("attempt_not_found")})}},
 "/api/v1/attempts/{attempt_id}/status": {"put": {"operationId":"putAttemptStatus","tags":["attempts"],"parameters":[pid("attempt_id")],"requestBody":body({"type":"object","required":["status"],"additionalProperties":False,"properties":{"status":ref("AttemptStatus")}}),"responses":api({"200":json_resp("The attempt",ref("Attempt")),"404":problem_resp("attempt_not_found"),"409":problem_resp("illegal_status_transition or attempt_archived")})}},
 "/api/v1/reviews/{attempt_code}": {
   "get": {"operationId":"getReview","tags":["reviews"],"parameters":[pid("attempt_code","string")],"responses":api({"200":json_resp("The current review",ref("Review")),"404":problem_resp("review_not_found")})},
   "delete": {"operationId":"deleteReview","tags":["reviews"],"parameters":[pid("attempt_code","string")],"responses":api({"204":{"description":"Moved to history (reason deleted)"},"404":problem_resp("review_not_found")})}},
 "/api/v1/reviews/{attempt_code}/history": {"get": {"operationId":"getReviewHistory","tags":["reviews"],"parameters":[pid("attempt_code","string")],"responses":api({"200":json_resp("Earlier versions, oldest first",ref("History")),"404":problem_resp("attempt_not_found")})}},
 "/api/v1/reviews/{attempt_code}/decision": {"post": {"operationId":"postStaffDecision","tags":["reviews"],"parameters":[pid("attempt_code","string")],"requestBody":body({"type":"object","required":["status","reviewer_email"],"additionalProperties":False,"properties":{"status":ref("StandardStatus"),"reviewer_email":{"type":"string"}}}),"responses":api({"200":json_resp("The new current review (vendor staff)",ref("Review")),"403":problem_resp("reviewer_not_allowed"),"404":problem_resp("review_not_found")})}},
 "/api/v1/reviews/{attempt_code}/apply": {"post": {"operationId":"applyReview","tags":["reviews"],"summary":"Extension: apply the current review to its attempt again (e.g. after the passing statuses changed)","parameters":[pid("attempt_code","string")],"responses":api({"200":json_resp("What applying did",obj({"attempt_code":{"type":"string"},"attempt_status_before":ref("AttemptStatus"),"attempt_status":ref("AttemptStatus"),"credit":{"type":["string","null"],"enum":["satisfied","failed",None]}})),"404":problem_resp("review_not_found: no attempt with that code, or no review")})}},
 "/api/v1/users/{user_id}/retire": {"post": {"operationId":"retireUser","tags":["users"],"summary":"Extension: blank the learner's personal data in every review version (raw data, comment texts, video link); no workflow, history or event; idempotent","parameters":[pid("user_id")],"responses":api({"200":json_resp("How many review versions were blanked",obj({"user_id":{"type":"integer","format":"int64"},"review_versions_retired":{"type":"integer"}})),"404":problem_resp("user_not_found")})}},
 "/api/v1/deliveries": {"get": {"operationId":"listDeliveries","tags":["deliveries"],"summary":"Extension: authentic callbacks that could not be applied yet (attempt not found, exam not proctored), redacted, oldest first","parameters":[{"name":"state","in":"query","required":False,"schema":{"type":"string","enum":["parked","replayed"],"default":"parked"}}],"responses":api({"200":json_resp("Kept deliveries",ref("Deliveries"))})}},
 "/api/v1/deliveries/{delivery_id}/replay": {"post": {"operationId":"replayDelivery","tags":["deliveries"],"summary":"Extension: run a parked delivery through the workflow again; answers as the callback would","parameters":[pid("delivery_id")],"responses":api({"200":json_resp("Applied (the delivery leaves the parked list)",ref("CallbackAnswer")),"404":problem_resp("delivery_not_found, or attempt_not_found when the attempt still does not exist"),"409":problem_resp("delivery_already_replayed or review_already_exists"),"412":problem_resp("exam_not_proctored"),"422":problem_resp("bad_review_status")})}},
 "/api/v1/credit": {"get": {"operationId":"getCredit","tags":["credit"],"parameters":[q("user_id",True,"integer"),q("course_id",True)],"responses":api({"200":json_resp("Credit requirement statuses",ref("Credit"))})}},
 "/api/v1/notifications": {"get": {"operationId":"listNotifications","tags":["notifications"],"parameters":[q("course_id",True)],"responses":api({"200":json_resp("Support notifications, oldest first",ref("Notifications"))})}},
 "/api/v1/events": {"get": {"operationId":"readEvents","tags":["events"],"parameters":[{"name":"after","in":"query","required":False,"schema":{"type":"integer","format":"int64","minimum":0,"default":0}},{"name":"limit","in":"query","required":False,"schema":{"type":"integer","minimum":1,"default":100},"description":"values above 1000 are treated as 1000"}],"responses":api({"200":json_resp("A page of the feed; continue with after=next_after",ref("EventPage"))})}},
 "/health/live": {"get": {"operationId":"live","tags":["operations"],"security":[],"responses":{"200":json_resp("The process runs",{"type":"object"})}}},
 "/health/ready": {"get": {"operationId":"ready","tags":["operations"],"security":[],"responses":{"200":json_resp("The database answers",{"type":"object"}),"503":problem_resp("database_unavailable")}}},
 "/metrics": {"get": {"operationId":"metrics","tags":["operations"],"security":[],"responses":{"200":{"description":"Prometheus text format","content":{"text/plain":{"schema":{"type":"string"}}}}}}},
 "/openapi.json": {"get": {"operationId":"openapi","tags":["operations"],"security":[],"responses":{"200":json_resp("This document",{"type":"object"})}}},
}
ts={"type":"string","format":"date-time"}
nullable_str={"type":["string","null"]}
comment=ref("Comment")
schemas = {
 "Problem": obj({"type":{"type":"string","format":"uri"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"},"code":{"type":"string"},"instance":{"type":"string"},"errors":arr(obj({"field":{"type":"string"},"message":{"type":"string"}},["field","message"]))},["type","title","status","code"]),
 "CallbackAnswer": obj({"status":{"const":"ok"},"attempt_code":{"type":"string"},"review_status":{"type":["string","null"]},"attempt_status":ref("AttemptStatus"),"duplicate":{"type":"boolean"},"applied":{"type":"boolean"}},["status","attempt_code","review_status","attempt_status","duplicate","applied"]),
 "ReviewStatus": {"type":"string","enum":["Clean","Rules Violation","Suspicious","Not Reviewed"]},
 "StandardStatus": {"type":"string","enum":["passed","violation","suspicious","not_reviewed"]},
 "AttemptStatus": {"type":"string","enum":["created","download_software_clicked","ready_to_start","started","ready_to_submit","submitted","declined","timed_out","second_review_required","verified","rejected","error"]},
 "SoftwareSecureComment": obj({"comments":{"type":"string"},"eventStart":{"type":"integer","format":"int32"},"eventFinish":{"type":"integer","format":"int32"},"duration":{"type":"integer","format":"int32"},"eventStatus":{"type":"string"}},["comments"]),
 "SoftwareSecureReview": obj({"examMetaData":obj({"examCode":{"type":"string"},"ssiRecordLocator":{"type":"string"},"proctor_username":{"type":"string"}},["examCode","ssiRecordLocator"]),"reviewStatus":ref("ReviewStatus"),"videoReviewLink":{"type":"string"},"webCamComments":arr(ref("SoftwareSecureComment")),"desktopComments":arr(ref("SoftwareSecureComment"))},["examMetaData","reviewStatus"]),
 "PsiReview": obj({"status":ref("StandardStatus"),"reviewed_by":{"type":["string","null"]},"comments":arr(obj({"comment":{"type":"string"},"status":{"type":"string"},"start":{"type":"integer","format":"int32"},"stop":{"type":"integer","format":"int32"},"duration":{"type":"integer","format":"int32"}},["comment","status"]))},["status"],True),
 "UserInput": obj({"username":{"type":"string"},"email":{"type":"string"},"is_staff":{"type":"boolean","default":False},"staff_course_ids":arr({"type":"string"})},["username","email"],False),
 "User": obj({"id":{"type":"integer","format":"int64"},"username":{"type":"string"},"email":{"type":"string"},"is_staff":{"type":"boolean"},"staff_course_ids":arr({"type":"string"})}),
 "ExamInput": obj({"course_id":{"type":"string"},"content_id":{"type":"string"},"exam_name":{"type":"string"},"time_limit_mins":{"type":"integer","minimum":0,"default":0},"is_proctored":{"type":"boolean","default":True},"is_practice_exam":{"type":"boolean","default":False},"backend":{"type":"string","enum":["software_secure","psi"]}},["course_id","content_id","exam_name","backend"],False),
 "ExamPatch": obj({"course_id":{"type":"string"},"content_id":{"type":"string"},"exam_name":{"type":"string"},"time_limit_mins":{"type":"integer","minimum":0},"is_proctored":{"type":"boolean"},"is_practice_exam":{"type":"boolean"},"backend":{"type":"string","enum":["software_secure","psi"]}},None,False),
 "Exam": obj({"id":{"type":"integer","format":"int64"},"course_id":{"type":"string"},"content_id":{"type":"string"},"exam_name":{"type":"string"},"time_limit_mins":{"type":"integer"},"is_proctored":{"type":"boolean"},"is_practice_exam":{"type":"boolean"},"backend":{"type":"string"}}),
 "AttemptInput": obj({"exam_id":{"type":"integer","format":"int64"},"user_id":{"type":"integer","format":"int64"},"taking_as_proctored":{"type":"boolean","default":True},"external_id":{"type":"string"}},["exam_id","user_id"],False),
 "Attempt": obj({"id":{"type":"integer","format":"int64"},"exam_id":{"type":"integer","format":"int64"},"user_id":{"type":"integer","format":"int64"},"attempt_code":{"type":"string"},"external_id":{"type":"string"},"status":ref("AttemptStatus"),"taking_as_proctored":{"type":"boolean"},"archived":{"type":"boolean"},"archived_at":{"type":["string","null"],"format":"date-time"},"created_at":ts,"updated_at":ts}),
 "Comment": obj({"start":{"type":"integer"},"stop":{"type":"integer"},"duration":{"type":"integer"},"comment":{"type":"string"},"status":{"type":"string"}}),
 "Review": obj({"attempt_code":{"type":"string"},"review_status":ref("ReviewStatus"),"standard_status":ref("StandardStatus"),"vendor":{"type":"string","enum":["software_secure","psi","staff"]},"reviewed_by":nullable_str,"is_attempt_active":{"type":"boolean"},"has_video_url":{"type":"boolean"},"raw_data":{"type":"object"},"comments":arr(comment),"created_at":ts,"updated_at":ts,"version":{"type":"integer","minimum":1}}),
 "History": obj({"history":arr(obj({"version":{"type":"integer"},"review_status":ref("ReviewStatus"),"standard_status":ref("StandardStatus"),"vendor":{"type":"string"},"reviewed_by":nullable_str,"reason":{"type":"string","enum":["updated","deleted","superseded_by_staff_decision"]},"archived_at":ts,"received_at":ts,"comments":arr(comment)}))}),
 "Credit": obj({"credit_requirement_status":arr(obj({"namespace":{"type":"string"},"name":{"type":"string"},"status":{"type":"string","enum":["satisfied","failed"]}}))}),
 "Notifications": obj({"notifications":arr(obj({"course_id":{"type":"string"},"exam_name":{"type":"string"},"student_username":{"type":"string"},"review_status":ref("ReviewStatus"),"review_url":{"type":"string"},"created_at":ts}))}),
 "Deliveries": obj({"deliveries":arr(obj({"id":{"type":"integer","format":"int64"},"vendor":{"type":"string","enum":["software_secure","psi"]},"external_id":{"type":["string","null"]},"reason":{"type":"string","enum":["attempt_not_found","exam_not_proctored"]},"detail":{"type":"string"},"state":{"type":"string","enum":["parked","replayed"]},"deliveries":{"type":"integer"},"first_received_at":ts,"last_received_at":ts,"replayed_at":{"type":["string","null"],"format":"date-time"},"payload":{"type":"object"}}))}),
 "EventPage": obj({"events":arr(obj({"seq":{"type":"integer","format":"int64"},"id":{"type":"string","format":"uuid"},"type":{"type":"string","enum":["review_received","attempt_status_changed"]},"occurred_at":ts,"data":{"type":"object"}})),"next_after":{"type":"integer","format":"int64"}}),
}
doc = {"openapi":"3.1.0","info":{"title":"Proctor Reviews","version":"1","description":"Receives proctoring vendors' review verdicts, versions them and applies them to exam attempts. Every error is application/problem+json with a stable code."},
 "servers":[{"url":"/"}],
 "security":[{"bearerAuth":[]}],
 "paths":paths,
 "components":{"schemas":schemas,"securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer"},"standardWebhooks":{"type":"apiKey","in":"header","name":"webhook-signature","description":"Standard Webhooks HMAC-SHA256 signature over webhook-id.webhook-timestamp.body"}}}}
import sys
open(sys.argv[1],"w").write(json.dumps(doc, indent=2)+"\n")
