--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, email, password_hash, name, created_at, updated_at) VALUES ('01a23398-7cd1-7092-9aaf-626968dad88b', 'demo@flightplan.local', '$2b$10$X9XanD1rbnWsyeh5FyCX3efSf4LfjeuPovRK5L.Fgo.HovIppGcaq', 'Demo User', '2026-12-01 21:52:41.168+00', '2026-12-01 21:52:41.168+00');


--
-- Data for Name: workspaces; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.workspaces (id, name, created_at, updated_at) VALUES ('01a23398-7cea-70d8-b883-7a6420b36ef8', 'Demo workspace', '2026-12-01 21:52:41.194+00', '2026-12-01 21:52:41.344+00');


--
-- Data for Name: plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, repaired_encoding, file_name, start_date, hours_per_week, version, created_by_id, created_at, updated_at) VALUES ('01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'Production Readiness: Remaining Action Items', '{}', '["The text was UTF-8 read as Mac Roman (mojibake); it was repaired."]', '# Production Readiness: Remaining Action Items

This document contains actionable items for the Ancestry Research Automation Platform codebase.

## Priority Legend
- 🔴 **HIGH** - Should be addressed before production deployment
- 🟠 **MEDIUM** - Should be addressed for code quality, can be done post-launch
- 🟢 **LOW** - Nice-to-have improvements, can be deferred

---

## 1. Large File Opportunities

### 🟢 LOW: File Size Reduction

| File | Lines | Suggestion |
|------|-------|------------|
| `utils.py` | ~4700 | Consider extracting login/consent functions to `auth_utils.py` |
| `core/session_manager.py` | ~3600 | Consider extracting cookie management to separate module |
| `core/error_handling.py` | ~2029 | Split into: `exceptions.py`, `retry.py`, `circuit_breaker.py`, `decorators.py` |

Only split if maintainability becomes an issue.

---

## 2. Architecture Improvements

### 🟢 LOW: Extract Business Logic from UI/Orchestration

**Problem:** Action files mix orchestration, business logic, API calls, and UI concerns.

**Suggested Approach:**
Create `actions/gather/` package structure:
- `coordinator.py` - high-level orchestration
- `api_client.py` - API interactions
- `data_processor.py` - business logic
- `persistence.py` - database operations

### 🟢 LOW: Unified Cache Interface with Clear Invalidation

**Problem:** Multiple cache systems with inconsistent interfaces.

**Suggested Approach:**
1. Create `core/cache/interface.py` with `Cache` protocol
2. Implement adapters: `DiskCache`, `MemoryCache`, `DatabaseCache`
3. Add explicit TTL and cache versioning

### 🟢 LOW: Browser Automation Service Layer

**Problem:** Selenium code mixed with business logic.

**Suggested Approach:**
1. Create `services/browser_service.py` with high-level operations
2. Implement page object pattern
3. Create mock browser service for testing

### ✅ ~~LOW: Runtime Feature Toggle Framework~~ COMPLETED

**Status:** COMPLETED

Created `core/feature_flags.py` with:
- `FeatureFlags` singleton class with thread-safe access
- Environment variable overrides (`FEATURE_FLAG_<NAME>=true/false`)
- Percentage-based rollout with consistent user bucketing (MD5 hashing)
- Runtime overrides via `set_override()`/`clear_override()`
- JSON config file loading/saving
- 9 comprehensive tests

### ✅ ~~LOW: Database Schema Evolution System~~ COMPLETED

**Status:** COMPLETED

Enhanced `core/schema_migrator.py` with:
- `Migration.downgrade` function for rollback capability
- `Migration.depends_on` tuple for migration dependencies
- `apply_pending_migrations(dry_run=True)` for preview mode
- `rollback_migration()` for single migration rollback
- `rollback_to_version()` for rolling back to a target version
- `MigrationRegistry.validate_dependencies()` for dependency validation
- CLI options: `--dry-run`, `--rollback VERSION`, `--rollback-to VERSION`, `--validate`
- Custom exceptions: `DependencyError`, `RollbackError`
- 10 comprehensive tests (up from 2)

---

## 3. Observability & Monitoring

### ✅ ~~LOW: Production Performance Monitoring~~ COMPLETED

**Status:** COMPLETED

Created `observability/apm.py` with OpenTelemetry-style tracing:
- `Span` class with attributes, events, status tracking
- `SpanContext` for trace/span ID propagation
- `Tracer` singleton for creating and managing spans
- `@trace` decorator for automatic function instrumentation
- `APMConfig` for sampling rate, buffer size, export interval
- `SpanExporter` protocol with `ConsoleSpanExporter` and `JSONFileSpanExporter`
- Automatic exception recording in spans
- Background export with configurable buffer
- 10 comprehensive tests

---

## 4. Future Enhancements

### ⚠️ LOW (v2.0): Async/Await for I/O Operations

**Problem:** Sequential API calls waste time; Action 6 takes hours for large datasets.

**Suggested Approach:**
Migrate to aiohttp and implement async database operations.

**Note:** Large change, consider for v2.0 after current architecture stabilizes.

---

## Summary

| Category | Count | Priority Breakdown |
|----------|-------|-------------------|
| Large Files | 1 item | 1 LOW |
| Architecture | 5 items | 2 LOW, 3 COMPLETED |
| Observability | 1 item | COMPLETED |
| Future | 1 item | v2.0 |

**Total Remaining Items:** 5 actionable LOW priority items
**Completed This Session:** APM module, Enhanced Schema Migrator
**Critical Issues:** 0 (All HIGH and MEDIUM priority items completed!)
', false, 'mac_roman', 'ancestry-remaining-items.md', NULL, 40, 2, '01a23398-7cd1-7092-9aaf-626968dad88b', '2026-12-01 21:52:42.141+00', '2026-12-01 21:52:47.113+00');
INSERT INTO public.plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, repaired_encoding, file_name, start_date, hours_per_week, version, created_by_id, created_at, updated_at) VALUES ('01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'Production Readiness Plan - APP_V2', '{"Date": "2025-12-25", "Status": "AUDIT COMPLETE - Action Plan Ready", "Target Deployment": "Q1 2026"}', '["The text was UTF-8 read as Windows-1252 (mojibake); it was repaired."]', '# Production Readiness Plan - APP_V2

**Date:** 2025-12-25
**Status:** AUDIT COMPLETE - Action Plan Ready
**Target Deployment:** Q1 2026

---

## 📊 Executive Summary

### Current State Assessment

| Aspect | Score | Status |
|--------|-------|--------|
| Architecture | ⭐⭐⭐⭐ | Excellent |
| Code Quality | ⭐⭐⭐ | Good with gaps |
| **Testing** | ⭐ | **CRITICAL - Zero tests** |
| Database Design | ⭐⭐ | Critical issues |
| Security | ⭐⭐ | Significant gaps |
| Deployment | ⭐⭐⭐⭐ | Well configured |
| Monitoring | ⭐⭐ | Partial |
| **Overall** | **2.4/5** | **NOT PRODUCTION READY** |

### Key Findings

✅ **Strengths**
- Modern async-first FastAPI architecture
- Clean layered separation of concerns (API, Service, Engine, DB)
- Comprehensive configuration management with Pydantic
- Docker multi-architecture support (x86 + ARM)
- GitHub Actions CI/CD pipeline in place
- Excellent deployment infrastructure (systemd, nginx, monitoring stack)

❌ **Critical Issues**
- **Zero tests** - No unit, integration, or E2E tests
- **Missing database indexes** - 5 critical indexes needed
- **Race conditions** in rate limiter - Quota enforcement broken
- **Duplicate database models** - birthday_messages + Interaction conflict
- **No health check endpoint** - Can''t verify readiness
- **Incomplete error handling** - Generic exceptions mask real issues
- **No structured logging** - Debugging impossible in production
- **Zero Prometheus metrics** - No operational visibility

---

## 🚨 Critical Issues Breakdown

### CRITICAL #1: Zero Tests
- **Location:** `/app_v2/tests/` (empty)
- **Impact:** High - No regression protection, unpredictable production behavior
- **Scope:** All 2,313 lines of Python code (Birthday, Visitor, Engine)
- **Effort:** 40-60 hours
- **Must fix:** Yes (blocking production)

### CRITICAL #2: Missing Database Indexes
- **Location:** `app_v2/db/models.py`
- **Missing Indexes:**
  - `contact.birth_date` - Daily query bottleneck
  - `contact.status` - Frequent filtering
  - `contact.created_at` - Date-range queries
  - `interaction(contact_id, type)` - Composite for activity log
  - `linkedin_selector.last_success_at` - Selector performance
- **Impact:** Slow queries with dataset growth
- **Effort:** 2-3 hours
- **Must fix:** Yes (P0)

### CRITICAL #3: Race Conditions in Rate Limiter
- **Location:** `app_v2/core/rate_limiter.py`
- **Problem:**
  - Read-Modify-Write without atomic locks
  - Multiple processes can bypass quotas
  - No `SELECT FOR UPDATE` in quota checks
- **Impact:** Account ban from LinkedIn (quota violations)
- **Effort:** 4-6 hours (6-8 with Redis migration)
- **Must fix:** Yes (P0)
- **Decision needed:** SQLite locks vs Redis

### CRITICAL #4: Duplicate Database Models
- **Location:** `app_v2/db/models.py` lines 85-100
- **Problem:**
  - `birthday_messages` (legacy) + `interactions` (current)
  - rate_limiter.py queries `birthday_messages`
  - Code uses `Interaction` everywhere else
  - Inconsistent: `sent_at` (str) vs `created_at` (datetime)
- **Impact:** Data fragmentation, incorrect quota calculations
- **Effort:** 3-4 hours
- **Must fix:** Yes (P0)

### CRITICAL #5: Missing Health Check Endpoint
- **Location:** `app_v2/main.py`
- **Problem:**
  - No `/health` or `/ready` endpoints
  - Docker can''t verify readiness
  - Deployments can''t validate startup
- **Impact:** Blind deployments, unpredictable recovery
- **Effort:** 1 hour
- **Must fix:** Yes (P0)

---

## ⚠️ High Priority Issues (P1)

### P1.1: Insufficient Input Validation
- **Files:** `app_v2/api/schemas.py`, `app_v2/api/routers/`
- **Issues:**
  - `Interaction.payload` accepts any JSON (no schema)
  - `SourcingRequest.criteria` not validated
  - No size constraints (XSS/data exfiltration risk)
- **Effort:** 3-4 hours
- **Impact:** Security vulnerabilities

### P1.2: Generic Exception Handling
- **Files:** `app_v2/services/birthday_service.py`, `app_v2/engine/action_manager.py`
- **Issues:**
  - `except Exception: pass` masks real bugs
  - Insufficient logging context
  - tenacity library imported but underutilized
- **Effort:** 4-5 hours
- **Impact:** Production debugging impossible

### P1.3: No Structured Logging
- **Files:** `app_v2/` (everywhere)
- **Issues:**
  - Basic logging only, structlog library unused
  - No correlation IDs for request tracing
  - Logs not JSON (can''t parse in ELK/Loki)
  - Lost context for debugging
- **Effort:** 5-6 hours
- **Impact:** No production observability

### P1.4: Zero Prometheus Metrics
- **Files:** `app_v2/main.py`
- **Issues:**
  - prometheus_client installed but unused
  - No metrics: latency, errors, quota usage, throughput
  - Grafana/Prometheus configured but no data
- **Effort:** 6-8 hours
- **Impact:** Can''t monitor production health

### P1.5: Incomplete Circuit Breaker
- **Files:** `app_v2/core/rate_limiter.py`
- **Issues:**
  - Circuit breaker declared but logic incomplete
  - No automatic reset
  - No exponential backoff on LinkedIn errors
- **Effort:** 3-4 hours
- **Impact:** Poor recovery from LinkedIn API outages

---

## 📊 Medium Priority Issues (P2)

### P2.1: Settings Recreated Per Request
- **Files:** `app_v2/main.py:18`, `app_v2/services/birthday_service.py:28`
- **Issue:** `Settings()` instantiated every time (I/O overhead)
- **Solution:** Singleton or FastAPI dependency
- **Effort:** 1-2 hours
- **Impact:** Minor performance overhead

### P2.2: No Pagination Enforcement
- **Files:** `app_v2/api/routers/data.py`
- **Issue:** Endpoints can load unlimited results
- **Risk:** OOM with large datasets
- **Effort:** 2-3 hours
- **Impact:** Memory exhaustion risk

### P2.3: Incomplete Documentation
- **Files:** `app_v2/engine/selector_engine.py`, `app_v2/engine/auth_manager.py`
- **Issue:** Complex functions lack docstrings
- **Effort:** 4-6 hours
- **Impact:** High onboarding cost for new devs

### P2.4: Partial Type Hints
- **Files:** `app_v2/engine/action_manager.py` (226 lines)
- **Issue:** Some parameters missing type annotations
- **Effort:** 2-3 hours
- **Impact:** MyPy can''t fully validate

### P2.5: Unbounded Dependency Versions
- **Files:** `pyproject.toml`
- **Issue:** `playwright>=1.40.0` allows breaking changes
- **Effort:** 1 hour
- **Impact:** Potential unexpected breakage

---

## 🎯 PHASE 1 - STATUS: IMPLEMENTATION COMPLETE ✅

**Completion Date:** 2025-12-25
**Implementation Status:** All tasks completed with rigorous testing
**Production Ready:** YES - Ready for Phase 2

### Summary of Deliverables

| Task | Status | Files Modified | Impact |
|------|--------|-----------------|--------|
| 1.1: Database Indexes | ✅ DONE | models.py, migrations.py, engine.py | 5 critical indexes created |
| 1.2: Rate Limiter Atomicity | ✅ DONE | rate_limiter.py, redis_client.py, pyproject.toml | Redis-backed atomic operations |
| 1.3: Health Check Endpoints | ✅ DONE | main.py | /health and /ready endpoints |
| 1.4: Data Consolidation | ✅ DONE | consolidation.py | birthday_messages → interactions migration |
| **Testing Suite** | ✅ DONE | conftest.py, 3 test modules | 40+ test cases |

---

## 📅 Detailed Action Plan

### PHASE 1: Critical Stabilization (Week 1) - ✅ COMPLETED

#### Task 1.1: Add Database Indexes ✅ COMPLETED

**Implementation Details:**

- **Status:** ✅ Completed
- **Files Modified:**
  - `app_v2/db/models.py` - Added Index declarations to Contact, Interaction, LinkedInSelector
  - `app_v2/db/migrations.py` - Created comprehensive migration system (NEW)
  - `app_v2/db/engine.py` - Integrated migrations into startup

- **Approach:**
  - Used SQLAlchemy ORM declarative approach via `__table_args__`
  - Created `DatabaseMigration` class for verification and creation
  - Indexes auto-created during app initialization
  - Includes verification and performance reporting

- **Indexes Created:**
  ```python
  # Contact table (3 indexes)
  idx_contact_birth_date (birth_date)
  idx_contact_status (status)
  idx_contact_created_at (created_at)

  # Interaction table (1 composite index)
  idx_interaction_contact_type (contact_id, type)

  # LinkedInSelector table (1 index)
  idx_selector_success (last_success_at)
  ```

- **Verification Features:**
  - Automatic index creation on startup
  - Verification that all indexes exist
  - Performance baseline statistics
  - Detailed migration reports
  - Automatic recovery from missing indexes

- **Success Criteria:** ✅ ALL MET
  - ✅ 5 critical indexes present
  - ✅ No duplicate indexes
  - ✅ Auto-verified on startup
  - ✅ Query performance optimized

#### Task 1.2: Fix Rate Limiter Race Conditions ✅ COMPLETED

**Implementation Details:**

- **Status:** ✅ Completed (Option B: Redis)
- **Files Modified:**
  - `app_v2/core/rate_limiter.py` - Complete rewrite with atomic operations
  - `app_v2/core/redis_client.py` - Redis singleton client (NEW)
  - `pyproject.toml` - Added redis, sqlalchemy, aiosqlite dependencies

- **Architecture Chosen:** Redis (Option B)
  - Atomic INCR/DECR operations
  - TTL-based daily/weekly bucket management
  - Graceful fallback to database if Redis unavailable
  - Production-grade distributed support

- **Key Features Implemented:**
  ```python
  class RateLimiter:
    # Atomic quota enforcement
    - Async Redis operations with INCR (atomic)
    - Daily/weekly counters with auto-expiring TTL
    - Session limits (in-memory)
    - Circuit breaker with exponential backoff

    # Fallback strategy
    - If Redis unavailable: uses database-based counts
    - Graceful degradation (non-blocking)
    - Automatic retry logic
  ```

- **Circuit Breaker Implementation:**
  - Opens after 3 consecutive errors
  - Exponential backoff: 1s, 2s, 4s, 8s, 16s, 32s, 60s max
  - Auto-reset when messages succeed
  - Prevents LinkedIn account ban from error cascades

- **Data Model Migration:**
  - Uses `Interaction` table (not legacy `birthday_messages`)
  - Stores interaction payloads with full context
  - Maintains complete audit trail

- **Success Criteria:** ✅ ALL MET
  - ✅ No race conditions (Redis atomicity)
  - ✅ Concurrent request safety
  - ✅ Complete quota enforcement
  - ✅ Graceful Redis fallback
  - ✅ Circuit breaker protection

#### Task 1.3: Add Health Check Endpoints ✅ COMPLETED

**Implementation Details:**

- **Status:** ✅ Completed
- **Files Modified:**
  - `app_v2/main.py` - Added /health and /ready endpoints with lifespan hooks

- **Endpoints Implemented:**

  1. **GET /health** (Liveness Probe)
     - Returns immediately if app is responsive
     - HTTP 200 with healthy status
     - Checks: None (instant)
     - Use: Kubernetes/Docker container health monitoring
     ```json
     {
       "status": "healthy",
       "timestamp": "2025-12-25T12:00:00Z",
       "version": "2.0.0"
     }
     ```

  2. **GET /ready** (Readiness Probe)
     - Checks if app is ready to serve traffic
     - HTTP 200 if ready, 503 if not
     - Checks: Database connectivity, Redis availability (optional)
     ```json
     {
       "status": "ready",
       "database": "ok",
       "redis": "ok|unavailable",
       "dependencies": ["database"],
       "timestamp": "2025-12-25T12:00:00Z",
       "version": "2.0.0"
     }
     ```

- **Integration with Lifespan:**
  - Automatic DB initialization
  - Automatic Redis connection
  - Graceful fallback if Redis unavailable
  - Proper shutdown sequence

- **Docker Compose Configuration:**
  ```yaml
  healthcheck:
    test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
    interval: 10s
    timeout: 5s
    retries: 3
    start_period: 5s
  ```

- **Success Criteria:** ✅ ALL MET
  - ✅ /health endpoint operational
  - ✅ /ready endpoint with dependency checks
  - ✅ Proper HTTP status codes
  - ✅ ISO 8601 timestamps
  - ✅ Database and Redis health checks

#### Task 1.4: Consolidate Database Models
- **Effort:** 3-4 hours
- **Dependencies:** Task 1.1 (indexes)
- **Deliverables:**
  - Migration: birthday_messages → interactions
  - Data integrity verification
  - Updated rate_limiter.py to use interactions table
  - Rollback procedure
- **Steps:**
  1. Create migration script
  2. Migrate data with integrity checks
  3. Update rate_limiter queries
  4. Delete birthday_messages table
  5. Verify rate limiter returns same results
  6. Add tests

**PHASE 1 TOTAL: 10-15 hours** ✅ **COMPLETED IN: ~12 HOURS**

---

### PHASE 2: Testing & Quality (Week 2)

#### Task 2.1: Unit Tests Foundation
- **Effort:** 8-10 hours
- **Dependencies:** Phase 1 complete
- **Scope:** Core modules, min 60% coverage
- **Test Files:**
  ```
  tests/
  ├── test_core/
  │   ├── test_config.py (Settings validation)
  │   ├── test_rate_limiter.py (All quota logic)
  │   └── test_rate_limiter_concurrency.py (Race conditions)
  ├── test_db/
  │   ├── test_models.py (ORM mappings)
  │   └── test_engine.py (Async session management)
  └── conftest.py (Shared fixtures)
  ```
- **Coverage targets:**
  - config.py: 95%+
  - rate_limiter.py: 90%+
  - models.py: 100%
  - engine.py: 85%+

#### Task 2.2: Integration Tests - API Layer
- **Effort:** 12-15 hours
- **Dependencies:** Task 2.1
- **Scope:** All endpoints, error cases
- **Test Files:**
  ```
  tests/
  ├── test_api/
  │   ├── test_control_endpoints.py
  │   │   ├── POST /control/birthday (dry_run=true)
  │   │   ├── POST /control/birthday (dry_run=false)
  │   │   ├── POST /control/sourcing
  │   │   └── Error cases (401, 422, 500)
  │   └── test_data_endpoints.py
  │       ├── GET /data/contacts (with filters)
  │       ├── GET /data/interactions
  │       └── Pagination tests
  ```
- **Setup:**
  - Fixtures: test database (in-memory SQLite)
  - Test client: TestClient(app)
  - Database reset between tests

#### Task 2.3: End-to-End Tests
- **Effort:** 20-25 hours
- **Dependencies:** Task 2.2
- **Scope:** Full workflows, realistic scenarios
- **Scenarios:**
  ```
  tests/
  ├── test_e2e/
  │   ├── test_birthday_campaign_workflow.py
  │   │   ├── Select contacts with birthdays
  │   │   ├── Verify rate limits applied
  │   │   ├── Simulate message sending
  │   │   └── Verify interactions recorded
  │   ├── test_rate_limiting_enforcement.py
  │   │   ├── Multiple campaigns in same day
  │   │   ├── Weekly quota enforcement
  │   │   └── Per-execution limits
  │   ├── test_error_recovery.py
  │   │   ├── Database unavailable recovery
  │   │   ├── Browser timeout handling
  │   │   └── LinkedIn API errors
  │   └── test_circuit_breaker.py
  │       ├── Open state (reject requests)
  │       ├── Half-open state (test recovery)
  │       └── Auto-reset to closed
  ```
- **Setup:**
  - Docker Compose test environment
  - Test database + Redis
  - Mock LinkedIn browser when needed

#### Task 2.4: Coverage Reporting
- **Effort:** 2-3 hours
- **Dependencies:** Tasks 2.1-2.3
- **Deliverables:**
  - pytest.ini configured
  - pytest-cov integration
  - HTML coverage reports
  - Coverage badge in README
  - GitHub Actions CI job

**PHASE 2 TOTAL: 42-53 hours**

---

### PHASE 3: Security & Observability (Week 3)

#### Task 3.1: Structured Logging
- **Effort:** 5-6 hours
- **Scope:** All modules
- **Implementation:**
  ```python
  # Use structlog throughout
  import structlog

  logger = structlog.get_logger(__name__)

  # Example usage
  logger.info(
      "birthday_message_sent",
      contact_id=123,
      message_length=len(message),
      response_time=1.23,
      correlation_id=request.state.request_id
  )
  ```
- **Configuration:**
  - JSON output for production
  - Correlation IDs for request tracing
  - Context propagation through async calls
  - Log levels per module

#### Task 3.2: Prometheus Metrics
- **Effort:** 6-8 hours
- **Scope:** Instrument API, services, database
- **Key Metrics:**
  ```python
  # Counters
  MESSAGES_SENT = Counter(
      ''linkedin_birthday_messages_sent_total'',
      ''Total messages sent'',
      [''status'']  # success, failed
  )

  # Histograms
  API_LATENCY = Histogram(
      ''linkedin_api_request_duration_seconds'',
      ''API request latency'',
      buckets=(0.1, 0.5, 1.0, 2.0, 5.0)
  )

  # Gauges
  RATE_LIMIT_REMAINING = Gauge(
      ''linkedin_rate_limit_remaining'',
      ''Messages remaining in quota'',
      [''period'']  # daily, weekly
  )

  # Counters by type
  CONTACTS_PROCESSED = Counter(
      ''linkedin_contacts_processed_total'',
      ''Contacts processed'',
      [''source'', ''outcome'']  # birthday, sourcing | success, skip
  )

  ERRORS_TOTAL = Counter(
      ''linkedin_errors_total'',
      ''Total errors'',
      [''type'', ''service'']  # auth, timeout, network | birthday, visitor
  )
  ```
- **Grafana Dashboards:**
  - Birthday campaign health
  - Quota usage and trends
  - Error rates and types
  - API latency p50/p95/p99
  - Circuit breaker status

#### Task 3.3: Input Validation & Error Handling
- **Effort:** 4-5 hours
- **Scope:** Schemas, endpoints, exception handlers
- **Changes:**
  ```python
  # Improved schemas with validation
  class InteractionPayload(BaseModel):
      """Validated interaction payload"""
      message_id: int
      message_text: str = Field(..., max_length=5000)
      response_status: str = Field(..., pattern=''^(success|failed)$'')
      error_message: Optional[str] = Field(None, max_length=1000)

  class Interaction(Base):
      payload: Mapped[Optional[InteractionPayload]] = ...

  # Global exception handlers
  @app.exception_handler(ValueError)
  async def value_error_handler(request, exc):
      return JSONResponse(status_code=400, content={"error": str(exc)})

  @app.exception_handler(Exception)
  async def generic_exception_handler(request, exc):
      logger.error("unhandled_exception", error=str(exc), exc_info=exc)
      return JSONResponse(status_code=500, content={"error": "Internal error"})
  ```

#### Task 3.4: Complete Circuit Breaker
- **Effort:** 3-4 hours
- **Scope:** Enhance rate_limiter.py
- **Implementation:**
  ```python
  class CircuitBreaker:
      """Circuit breaker for LinkedIn API calls"""
      CLOSED = "closed"      # Normal operation
      OPEN = "open"          # Rejecting requests
      HALF_OPEN = "half_open"  # Testing recovery

      async def call(self, coro):
          """Execute coroutine with circuit breaker logic"""
          if self.state == OPEN:
              if self._should_attempt_reset():
                  self.state = HALF_OPEN
              else:
                  raise CircuitBreakerOpen()

          try:
              result = await coro
              self._on_success()
              return result
          except Exception as e:
              self._on_failure()
              raise

      def _on_failure(self):
          """Exponential backoff: 1s, 2s, 4s, 8s, ..."""
          self.failures += 1
          if self.failures >= self.failure_threshold:
              self.state = OPEN
              self.open_until = datetime.now() + timedelta(
                  seconds=2 ** min(self.failures - 1, 5)
              )
  ```

**PHASE 3 TOTAL: 18-23 hours**

---

### PHASE 4: Optimization & Documentation (Week 4)

#### Task 4.1: Caching & Performance
- **Effort:** 5-7 hours
- **Changes:**
  - Settings singleton (FastAPI dependency)
  - LinkedInSelector caching (Redis or memory)
  - Query optimization (SELECT only needed columns)
  - Pagination limits (max 1000 results)
  ```python
  # Singleton Settings
  @lru_cache(maxsize=1)
  def get_settings():
      return Settings()

  # Use as dependency
  async def endpoint(settings: Settings = Depends(get_settings)):
      ...

  # Pagination enforcement
  async def get_contacts(
      skip: int = 0,
      limit: int = Query(50, ge=1, le=1000)
  ):
      return contacts[skip : skip + limit]
  ```

#### Task 4.2: Comprehensive Documentation
- **Effort:** 6-8 hours
- **Deliverables:**
  - `docs/APP_V2_ARCHITECTURE.md` - Complete system design
  - `docs/APP_V2_API.md` - All endpoints with examples
  - `docs/APP_V2_DATABASE.md` - Schema, indexes, migrations
  - `docs/APP_V2_DEPLOYMENT.md` - Production checklist
  - `docs/APP_V2_TESTING.md` - How to write tests
  - `docs/APP_V2_MONITORING.md` - Metrics, dashboards, alerts
  - `README.md` update - Quick start for V2

#### Task 4.3: CI/CD Pipeline
- **Effort:** 4-5 hours
- **Deliverables:**
  - GitHub Actions workflow: `test.yml`
    - pytest + coverage
    - MyPy type checking
    - Ruff linting
    - Bandit security scan
    - Coverage badge
  - Docker image build workflow (already exists, enhance it)
  - Automated release process

#### Task 4.4: Production Checklist
- **Effort:** 2-3 hours
- **Deliverables:**
  - `docs/PRODUCTION_CHECKLIST.md`
  - Environment variables validation
  - Database backup strategy
  - Rollback procedures
  - Monitoring alerts setup
  - Performance baselines

**PHASE 4 TOTAL: 17-23 hours**

---

### PHASE 5: Validation & Polish (Optional)

#### Task 5.1: Load Testing
- **Effort:** 4-6 hours
- **Scope:** Stress test with production-like scenarios
- **Scenarios:**
  - 100 concurrent birthday campaigns
  - 1000 contact batch processing
  - High-frequency API calls
- **Metrics:**
  - Database connection pool saturation
  - Memory growth over time
  - CPU usage patterns
  - Identify bottlenecks

#### Task 5.2: Security Audit
- **Effort:** 4-5 hours
- **Scope:** OWASP Top 10 review
- **Coverage:**
  - SQL injection (SQLAlchemy protection)
  - XSS vectors (Playwright/Browser context)
  - CSRF protection
  - Authentication/authorization (API key scheme)
  - Secrets management (never in logs)
  - Dependency vulnerabilities (safety check)

**PHASE 5 TOTAL: 8-11 hours (optional)**

---

## 📊 Timeline Summary

### Estimated Hours by Phase

| Phase | Tasks | Hours | Weeks |
|-------|-------|-------|-------|
| **Phase 1** | Stabilization (P0) | 10-15 | 1 |
| **Phase 2** | Testing (P1) | 42-53 | 2 |
| **Phase 3** | Security (P1) | 18-23 | 1 |
| **Phase 4** | Documentation (P2) | 17-23 | 1 |
| **Phase 5** | Validation (P3) | 8-11 | Optional |
| **TOTAL** | Complete Roadmap | **93-121** | **3-4 weeks** |

### Recommended Sprint Schedule

```
Week 1 (Phase 1) - Critical Stabilization
├─ Day 1-2: Database indexes + consolidation
├─ Day 2-3: Rate limiter fixes
├─ Day 4-5: Health check endpoint
└─ Review & testing: Phase 1 completion

Week 2 (Phase 2) - Testing & Quality
├─ Days 1-3: Unit tests foundation
├─ Days 3-4: Integration tests
├─ Days 5+: E2E tests begin
└─ Parallel: Coverage reporting setup

Week 3 (Phase 2+3) - Continue Tests + Security
├─ Days 1-2: Complete E2E tests
├─ Days 2-3: Structured logging
├─ Days 4-5: Prometheus metrics
└─ Parallel: Input validation

Week 4 (Phase 3+4) - Security + Documentation
├─ Days 1-2: Circuit breaker + final security
├─ Days 2-5: Documentation (API, Architecture, Deployment)
├─ Parallel: CI/CD pipeline
└─ Final: Production checklist

Week 5 (Optional) - Validation
├─ Load testing
└─ Security audit
```

---

## ✅ Success Criteria for Production Readiness

### Must Have (Blocking)
- [ ] **70%+ code coverage** with all P0/P1 scenarios passing
- [ ] **No race conditions** - Rate limiting atomically enforced
- [ ] **Database indexes** - All 5 critical indexes present
- [ ] **Health endpoint** - `/health` and `/ready` working
- [ ] **Input validation** - All payloads validated
- [ ] **Structured logging** - Correlation IDs and JSON output
- [ ] **Error handling** - No generic `except Exception`
- [ ] **Circuit breaker** - Functional with auto-recovery

### Should Have (High Priority)
- [ ] **Monitoring dashboard** - Grafana with 15+ metrics
- [ ] **Performance baseline** - Queries < 100ms p95
- [ ] **Database backup** - Automated, tested recovery
- [ ] **API documentation** - All endpoints documented
- [ ] **Deployment guide** - Step-by-step production runbook
- [ ] **CI/CD pipeline** - Automated tests on every commit

### Nice to Have (Polish)
- [ ] Load testing results
- [ ] Security audit report
- [ ] Performance optimization report
- [ ] Migration guide from V1

---

## 🔄 Dependencies & Critical Path

```
PHASE 1
├─ 1.1 Database Indexes [2-3h]
│   └─ 1.4 DB Consolidation [3-4h]
│       └─ 2.1 Unit Tests [8-10h]
│           └─ 2.2 Integration Tests [12-15h]
│               └─ 2.3 E2E Tests [20-25h]
│
├─ 1.2 Rate Limiter [4-6h]
│   └─ 3.4 Circuit Breaker [3-4h]
│
├─ 1.3 Health Check [1h]
│
└─ PARALLEL: 3.1, 3.2, 3.3 Security [15-19h]
    └─ 4.1, 4.2, 4.3 Documentation [17-21h]
```

**Critical Path:** Phase 1 → Phase 2 → Phase 3/4 (parallel)

---

## 🎯 Next Steps

1. **Review this plan** with team/stakeholders
2. **Prioritize phases** based on deadline
3. **Allocate resources** (1 dev full-time = 3-4 weeks, 2 devs = 2-3 weeks)
4. **Create GitHub issues** for each task
5. **Start Phase 1** immediately (10-15h to unblock everything)

---

## 📝 Notes & Observations

### About the V2 Architecture
- V2 is NOT a complete rewrite of V1 - it''s a well-planned architectural refactor
- Clean separation: API layer (FastAPI), Service layer (business logic), Engine layer (browser automation), DB layer
- Excellent foundation - just needs stabilization for production

### Legacy Compatibility
- `birthday_messages` table kept for backward compatibility during migration
- Should be fully removed after consolidation (Task 1.4)

### Infrastructure
- Docker Compose is excellent (optimized for Raspberry Pi 4)
- Monitoring stack ready (Prometheus + Grafana)
- Deployment automation ready (systemd services)
- Just need to populate the stack with metrics and health checks

### Confidence Level
- **Architecture:** 95% confidence it will work in production
- **Code quality:** 80% confidence (needs tests)
- **Operations:** 70% confidence (needs monitoring + observability)

With this plan executed completely, V2 will be **production-ready** with:
- Zero technical debt
- Full test coverage
- Complete observability
- Security hardening
- Rock-solid rate limiting

---

## 📞 Questions & Clarifications

### Architecture Decisions Needed

**1. Rate Limiting Backend:**
- **SQLite + Locks** (simple, 2h, single-process)
- **Redis** (scalable, 6h, multi-process/node) ← **RECOMMENDED**

**2. Logging Backend:**
- **Local JSON files** (simple, 3h)
- **ELK Stack** (production-grade, requires infrastructure)
- **Loki** (cloud-native, 6h) ← **RECOMMENDED for RPi**

**3. Monitoring Preference:**
- Use existing Prometheus + Grafana (already running in compose)
- Add custom dashboards and alerts

**4. Deployment Target:**
- Raspberry Pi 4 only
- Multi-node Kubernetes
- AWS/Cloud provider
- → Affects scaling decisions

---

## 📦 PHASE 1 - FILES CREATED & MODIFIED

### New Files Created

| File | Purpose | Lines | Status |
|------|---------|-------|--------|
| `app_v2/db/migrations.py` | Index creation & verification system | 189 | ✅ |
| `app_v2/db/consolidation.py` | Data migration system | 306 | ✅ |
| `app_v2/core/redis_client.py` | Redis singleton client | 45 | ✅ |
| `app_v2/tests/conftest.py` | Test fixtures & configuration | 196 | ✅ |
| `app_v2/tests/test_core_rate_limiter.py` | Rate limiter unit tests | 254 | ✅ |
| `app_v2/tests/test_health_endpoints.py` | Health endpoints integration tests | 195 | ✅ |
| `app_v2/tests/test_db_migrations.py` | Migration integration tests | 287 | ✅ |

**Total New Code: 1,472 lines** (well-tested, documented)

### Files Modified

| File | Changes | Lines Changed |
|------|---------|----------------|
| `app_v2/db/models.py` | Added Index imports & __table_args__ | +12 |
| `app_v2/db/engine.py` | Integrated migration runner | +5 |
| `app_v2/core/rate_limiter.py` | Complete rewrite (Redis, atomic ops) | ~435 |
| `app_v2/main.py` | Added health endpoints & lifespan hooks | +115 |
| `pyproject.toml` | Added redis, sqlalchemy, aiosqlite | +3 |
| `app_v2/PRODUCTION_READINESS_PLAN.md` | Updated with Phase 1 completion status | +80 |

### Test Coverage

**Total Test Cases: 42**

- Unit Tests: 24 (rate limiter, health checks, indexes)
- Integration Tests: 18 (migrations, endpoints, database)
- All tests use pytest async fixtures
- Comprehensive edge case coverage
- Mock Redis support (fakeredis)

### Quality Metrics

| Metric | Value | Status |
|--------|-------|--------|
| Code Coverage (Phase 1) | 45%+ | ✅ Ready for expansion |
| Test Count | 42 | ✅ |
| Documentation | 100% | ✅ Docstrings on all public APIs |
| Type Hints | 90%+ | ✅ |
| Linting | Pass (ruff) | ✅ |
| AsyncIO Compliance | 100% | ✅ All functions properly async |

---

## 🚀 NEXT STEPS: Phase 2

**Recommended Schedule:**
- Phase 2 (Testing & Quality): Weeks 2-3
  - Expand test coverage to 70%+
  - Add integration tests for all API endpoints
  - Load testing and performance baselines

**Entry Point:** Once Phase 1 validation tests pass:
```bash
# Run Phase 1 tests
pytest app_v2/tests/ -m "unit or integration" --cov=app_v2 -v
```

---

**Created:** 2025-12-25
**Last Updated:** 2025-12-25
**Owner:** DevOps/Architecture
**Status:** Phase 1 Complete ✅ - Ready for Phase 2

## 🕵️‍♂️ APP_V2 PHASE 1 AUDIT REPORT

**Date:** 2025-12-26
**Auditor:** Jules (AI Agent)
**Status:** ✅ VERIFIED (With minor test harness notes)

---

### 1. File & Deliverable Verification

| Component | File Path | Status | Comments |
|-----------|-----------|--------|----------|
| **Database Indexes** | `app_v2/db/models.py` | ✅ Verified | `__table_args__` correctly defines all 5 critical indexes. |
| **Migration Logic** | `app_v2/db/migrations.py` | ✅ Verified | `DatabaseMigration` class implements idempotent verification & creation. |
| **Redis Client** | `app_v2/core/redis_client.py` | ✅ Verified | Singleton pattern with async support implemented. |
| **Rate Limiter** | `app_v2/core/rate_limiter.py` | ✅ Verified | Implements atomic operations, circuit breaker, and DB fallback. |
| **Health Endpoints** | `app_v2/main.py` | ✅ Verified | `/health` (Liveness) and `/ready` (Readiness) implemented. |
| **Consolidation** | `app_v2/db/consolidation.py` | ✅ Verified | Logic to migrate `birthday_messages` → `interactions`. |
| **Tests** | `app_v2/tests/` | ✅ Verified | 4 test modules present covering all critical paths. |

### 2. Code Quality & Implementation Analysis

#### 🟢 Strengths
- **Rate Limiter:** robust implementation using `redis.asyncio` for atomicity. The fallback mechanism to SQLite (`_get_daily_count_db`) ensures resilience if Redis fails.
- **Circuit Breaker:** Correctly implements exponential backoff strategies to protect against LinkedIn bans.
- **Database:** The use of `AsyncAttrs` and `DeclarativeBase` in SQLAlchemy 2.0 style is modern and correct.
- **Health Checks:** The readiness probe properly checks deep dependencies (DB connectivity), not just HTTP responsiveness.

#### 🟡 Minor Issues / Technical Debt
- **Test Harness (AsyncIO/SQLAlchemy):** The integration tests for database migrations (`test_db_migrations.py`) fail with `sqlalchemy.exc.MissingGreenlet` errors. This is a **test configuration issue** (specifically how `pytest-asyncio` handles the event loop with `StaticPool` in-memory SQLite) and **does not** reflect a bug in the production code.
- **Redis Mocking in Tests:** One unit test failure (`test_record_message_increments_daily_counter`) is due to a type mismatch in the mock (`b''1''` vs `''1''`).

### 3. Test Execution Results

**Environment:** Python 3.12, Pytest 8.x, AsyncIO

| Test Suite | Total | Passed | Failed | Success Rate | Notes |
|------------|-------|--------|--------|--------------|-------|
| `test_health_endpoints.py` | 15 | 15 | 0 | **100%** | All health check logic is verified. |
| `test_core_rate_limiter.py` | 16 | 15 | 1 | **94%** | Logic verified. Failure is a mock type mismatch. |
| `test_db_migrations.py` | 11 | 3 | 8 | *27%* | Failures due to `MissingGreenlet` (Test Harness). Logic verified via code review. |
| **TOTAL** | **42** | **33** | **9** | **79%** | **Core logic is functional.** |

### 4. Recommendations for Phase 2

1.  **Fix Test Harness:** Configure `pytest-asyncio` with `loop_scope="session"` or adjust `conftest.py` to handle SQLAlchemy async engine cleanup properly to resolve `MissingGreenlet` errors.
2.  **Strict Typing:** Update the Redis mock test to handle bytes responses (`b''1''`) correctly, as Redis returns bytes by default.
3.  **Proceed to Integration Testing:** Since the core logic (Indexes, Rate Limiting, Health) is verified, proceeding to API Integration Tests (Phase 2) is safe.

### 5. Conclusion

**Phase 1 is APPROVED.** The deliverables meet the requirements for "Critical Stabilization". The code is production-ready in terms of logic and safety features. The testing gaps are related to the test environment setup, not the application stability.

---
', false, 'cp1252', 'app-v2-readiness-plan.md', NULL, 40, 3, '01a23398-7cd1-7092-9aaf-626968dad88b', '2026-12-01 21:52:44.228+00', '2026-12-01 21:52:47.843+00');
INSERT INTO public.plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, repaired_encoding, file_name, start_date, hours_per_week, version, created_by_id, created_at, updated_at) VALUES ('01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'Remaining Work Prioritization & Roadmap', '{"Status": "Post-Phase 1A Planning", "Context": "Foundation improvements complete, planning next phases", "Last Updated": "2025-11-30"}', '["The text was UTF-8 read as Windows-1252 (mojibake); it was repaired."]', '# Remaining Work Prioritization & Roadmap

**Last Updated:** 2025-11-30  
**Status:** Post-Phase 1A Planning  
**Context:** Foundation improvements complete, planning next phases

## Completed: Phase 1A ✅

- [x] Fixed configuration caching (lazy-loaded functions)
- [x] Consolidated error handling (exceptions.py only)
- [x] Narrowed critical exception handlers (health checks)
- [x] Implemented Protocol interfaces (type-safe repositories)
- [x] Documented async migration path

**Result:** 121 tests passing, no regressions, solid foundation

---

## Priority Queue

### 🔴 P0: Critical (Do First)

#### 1. Async Migration Decision & Execution

**Status:** Decision document prepared  
**Timeline:** 3-4 days (Option A) or 1 day (Option B)  
**Owner:** TBD  
**Blocker:** Yes - blocks other async-related work

**Action Items:**

- [ ] Schedule team decision meeting (30 min)
- [ ] If Option A: Assign 1 developer for 3-4 days
- [ ] If Option B: Assign 1 developer for 1 day cleanup
- [ ] Update project status after completion

**Dependencies:** None  
**Risk:** Low (well-documented, easy rollback)  
**Value:** High (eliminates confusion, improves performance)

---

### 🟠 P1: High Priority (Next 2 Weeks)

#### 2. Narrow Remaining Exception Handlers

**Status:** 76 instances identified, 3 fixed  
**Timeline:** 2-3 days  
**Owner:** TBD  
**Blocker:** No, but improves code quality

**Breakdown:**

- `routes.py` (legacy): 25 instances - Will be removed after async migration
- `batch/qa.py`: 7 instances - Reviewed, most are legitimate fallbacks
- `batch/jobs.py`: Some instances - Need review
- `services_monitor.py`: 4 instances - Need narrowing
- `websocket.py`: 4 instances - Need narrowing
- `conversion/` modules: Multiple - Lower priority
- `calibration/` modules: Multiple - Lower priority

**Approach:**

```python
# Current (too broad)
try:
    result = risky_operation()
except Exception as e:
    logger.error(f"Failed: {e}")
    return default_value

# Better (specific)
try:
    result = risky_operation()
except (IOError, OSError, sqlite3.Error) as e:
    logger.error(f"Failed due to I/O or DB error: {e}")
    return default_value
except ValueError as e:
    logger.error(f"Invalid value: {e}")
    raise ValidationError(str(e))
```

**Action Items:**

- [ ] Create GitHub issue tracking all 76 instances
- [ ] Categorize: must-fix vs acceptable-fallback
- [ ] Fix high-priority routes and services (2 days)
- [ ] Document decisions for each category

**Dependencies:** None  
**Risk:** Low (incremental improvements)  
**Value:** Medium (better debugging, fewer hidden bugs)

#### 3. Add Connection Pooling for Sync Code

**Status:** Only async code has pooling  
**Timeline:** 1-2 days  
**Owner:** TBD  
**Blocker:** No

**Problem:**

```python
# Current: Creates new connection every time
def get_db_connection(db_path: Optional[str] = None) -> sqlite3.Connection:
    if db_path is None:
        db_path = _get_default_db_path()
    conn = sqlite3.connect(db_path, timeout=30.0)  # New conn!
    # ...
```

**Solution:**

```python
# Add connection pool
from contextlib import contextmanager

class SyncConnectionPool:
    def __init__(self, db_path: str, pool_size: int = 5):
        self._pool = queue.Queue(maxsize=pool_size)
        self._db_path = db_path
        # Pre-populate pool

    @contextmanager
    def connection(self):
        conn = self._pool.get()
        try:
            yield conn
        finally:
            self._pool.put(conn)
```

**Action Items:**

- [ ] Implement `SyncConnectionPool` class
- [ ] Add to `database.py`
- [ ] Update `get_db_connection()` to use pool
- [ ] Add pool metrics to health check
- [ ] Load test to verify improvement

**Dependencies:** None (but easier after async decision)  
**Risk:** Low (well-understood pattern)  
**Value:** Medium (reduces connection overhead)

#### 4. Remove Legacy `errors.py` Module

**Status:** No longer used after error consolidation  
**Timeline:** 2 hours  
**Owner:** Anyone  
**Blocker:** No

**Action Items:**

- [ ] Verify no imports remain: `grep -r "from .errors import" src/`
- [ ] Remove `src/dsa110_contimg/api/errors.py`
- [ ] Remove from `__init__.py` exports if present
- [ ] Update any documentation referencing it
- [ ] Commit: "Remove deprecated errors.py module"

**Dependencies:** Error consolidation complete ✅  
**Risk:** Very Low  
**Value:** Low (cleanup)

---

### 🟡 P2: Medium Priority (Next Month)

#### 5. Service Layer Refactoring

**Status:** Services too thin, repositories have business logic  
**Timeline:** 1 week  
**Owner:** TBD  
**Blocker:** No

**Problem:**

```python
# Current: Service just passes through
class ImageService:
    def get_image(self, image_id: str):
        return self.repo.get_by_id(image_id)  # Just forwarding!
```

**Better:**

```python
# Repository: Just data access
class ImageRepository:
    def get_by_id(self, image_id: str) -> Optional[ImageRecord]:
        # SQL query only

# Service: Business logic
class ImageService:
    def get_image_with_enrichment(self, image_id: str) -> EnrichedImage:
        image = self.repo.get_by_id(image_id)
        if not image:
            raise RecordNotFoundError("Image", image_id)

        # Business logic here
        qa_data = self._enrich_qa(image)
        provenance = self._build_provenance(image)
        return EnrichedImage(image, qa_data, provenance)
```

**Action Items:**

- [ ] Audit repositories for business logic (1 day)
- [ ] Move QA calculations to services (2 days)
- [ ] Move provenance building to services (1 day)
- [ ] Update tests (1 day)
- [ ] Document service responsibilities (0.5 day)

**Dependencies:** Async migration helpful but not required  
**Risk:** Medium (changes many files)  
**Value:** High (better separation of concerns)

#### 6. Implement Transaction Management

**Status:** No multi-table transaction support  
**Timeline:** 2-3 days  
**Owner:** TBD  
**Blocker:** No

**Problem:**

```python
# Current: Two separate operations (not atomic)
conn1 = get_db_connection()
conn1.execute("INSERT INTO images ...")
conn1.commit()

conn2 = get_db_connection()
conn2.execute("INSERT INTO qa_metrics ...")
conn2.commit()  # If this fails, image is orphaned!
```

**Solution:**

```python
# Sync version
with transaction(get_db_connection()) as conn:
    conn.execute("INSERT INTO images ...")
    conn.execute("INSERT INTO qa_metrics ...")
    # Auto-commit if no exception, auto-rollback if exception

# Async version (already exists!)
async with AsyncTransaction(db_path) as conn:
    await conn.execute("INSERT INTO images ...")
    await conn.execute("INSERT INTO qa_metrics ...")
```

**Action Items:**

- [ ] Implement sync `Transaction` context manager
- [ ] Identify operations needing transactions (batch jobs!)
- [ ] Update batch job creation to use transactions
- [ ] Add transaction tests
- [ ] Document transaction patterns

**Dependencies:** None  
**Risk:** Medium (requires careful testing)  
**Value:** High (data integrity)

#### 7. N+1 Query Optimization

**Status:** Multiple queries in loops  
**Timeline:** 2-3 days  
**Owner:** TBD  
**Blocker:** No

**Problem:**

```python
# Current: N+1 queries
images = repo.list_all(limit=100)  # 1 query
for image in images:
    ms_data = ms_repo.get_metadata(image.ms_path)  # N queries!
    qa_data = qa_repo.get_qa(image.id)  # N more queries!
```

**Solution:**

```python
# Better: JOIN or batch query
images_with_data = repo.list_all_with_joins(
    limit=100,
    include_ms=True,
    include_qa=True
)  # 1 query with JOINs
```

**Action Items:**

- [ ] Profile endpoints to find N+1 patterns (1 day)
- [ ] Add JOIN-based query methods (1 day)
- [ ] Update routes to use new methods (0.5 day)
- [ ] Verify performance improvement (0.5 day)

**Dependencies:** None  
**Risk:** Low  
**Value:** High (significant performance improvement)

---

### 🟢 P3: Nice to Have (Future)

#### 8. Comprehensive Integration Tests

**Current:** Minimal integration test coverage  
**Timeline:** 1 week  
**Value:** Medium (catch issues early)

#### 9. Circuit Breakers for External Services

**Current:** No failure protection for Redis, databases  
**Timeline:** 2-3 days  
**Value:** Medium (resilience)

#### 10. Database Migration Strategy

**Current:** Alembic configured but not used  
**Timeline:** 1 week (initial setup)  
**Value:** High (controlled schema evolution)

#### 11. API Versioning Strategy

**Current:** `/api/v1` prefix but no version control  
**Timeline:** 3-4 days  
**Value:** Low (not needed yet)

#### 12. Observability Improvements

- Structured logging (JSON format)
- Distributed tracing (OpenTelemetry)
- Complete Prometheus metrics
- Grafana dashboards

**Timeline:** 2 weeks  
**Value:** High (for production operations)

---

## Recommended 30-Day Roadmap

### Week 1: Async & Critical Cleanup

- **Days 1-4:** Execute async migration (Option A)
- **Day 5:** Remove legacy `errors.py`, celebrate wins

**Deliverables:**

- [ ] All routes using async repositories
- [ ] Sync implementations removed
- [ ] Clean test suite
- [ ] Updated documentation

**Success Metrics:**

- 5-10x better throughput under load
- Zero breaking changes
- All tests passing

### Week 2: Exception Handling & Pooling

- **Days 1-2:** Narrow exception handlers in critical paths
- **Day 3:** Implement connection pooling for sync code
- **Days 4-5:** Testing and documentation

**Deliverables:**

- [ ] 20-30 exception handlers narrowed
- [ ] Connection pool implemented
- [ ] Health check shows pool metrics

**Success Metrics:**

- Better error messages
- Reduced connection overhead
- Clearer debugging

### Week 3: Service Layer & Transactions

- **Days 1-3:** Refactor service layer
- **Days 4-5:** Implement transaction management

**Deliverables:**

- [ ] Business logic in services (not repositories)
- [ ] Transaction support for batch operations
- [ ] Updated tests

**Success Metrics:**

- Clear separation of concerns
- Data integrity guarantees
- Easier to test

### Week 4: Performance & Testing

- **Days 1-2:** N+1 query optimization
- **Days 3-4:** Integration test expansion
- **Day 5:** Load testing and performance validation

**Deliverables:**

- [ ] Optimized queries
- [ ] 20+ new integration tests
- [ ] Performance benchmarks

**Success Metrics:**

- 2-3x faster list endpoints
- 80%+ test coverage
- Documented performance baselines

---

## Success Metrics (Overall)

### Code Quality

- [ ] < 10 broad exception handlers remaining
- [ ] 80%+ test coverage
- [ ] All repositories implement Protocols
- [ ] Zero TODO/FIXME/HACK comments in critical paths

### Performance

- [ ] < 100ms p95 response time for GET endpoints
- [ ] 1000+ req/sec sustained throughput
- [ ] < 5% error rate under load

### Architecture

- [ ] Single error handling system (exceptions.py)
- [ ] Single repository pattern (async or sync, not both)
- [ ] Clear service layer responsibilities
- [ ] Documented transaction patterns

### Operations

- [ ] Health checks cover all dependencies
- [ ] Metrics exported to Prometheus
- [ ] Structured logging enabled
- [ ] Runbooks for common issues

---

## Resource Requirements

### Developer Time

- **P0 (Async):** 3-4 days × 1 developer
- **P1 (Week 2-3):** 10 days × 1 developer
- **P2 (Month 2):** 20 days × 1 developer
- **Total (30 days):** ~37 developer-days

### Infrastructure

- Staging environment for testing
- Load testing tools (wrk, locust)
- Monitoring (Prometheus + Grafana)

### Risk Buffer

- Add 20% buffer for unexpected issues
- Keep sync code available for 1 sprint (rollback option)

---

## Decision Points

### Decision 1: Async Migration (NOW)

- [ ] Option A: Complete migration (recommended)
- [ ] Option B: Remove async code
- [ ] Option C: Status quo

**Required by:** End of this week  
**Blocks:** Connection pooling decisions

### Decision 2: Service Refactoring Scope (Week 2)

- [ ] Full refactor (move all business logic)
- [ ] Partial refactor (just QA/provenance)
- [ ] Defer to later

**Required by:** End of week 2  
**Blocks:** Transaction implementation

### Decision 3: PostgreSQL Migration (Month 2)

- [ ] Plan for PostgreSQL (affects pooling strategy)
- [ ] Stay with SQLite (simpler pooling)

**Required by:** End of month 1  
**Blocks:** Advanced pooling features

---

## Communication Plan

### Weekly Updates

- Monday: Review progress, blockers
- Wednesday: Mid-week sync
- Friday: Demo completed work

### Stakeholders

- Engineering team: Daily standup
- Product: Weekly summary
- DevOps: As needed for deployment

### Documentation

- Update `ARCHITECTURE_REFACTORING.md` after each phase
- Keep `TODO.md` current
- Add runbooks as issues are discovered

---

**Next Actions:**

1. ✅ Schedule async decision meeting
2. ⏳ Assign P0 work (async migration)
3. ⏳ Create GitHub issues for P1 work
4. ⏳ Set up monitoring for new metrics
5. ⏳ Schedule 30-day review meeting

**Questions?** See individual sections above or `IMPLEMENTATION_SUMMARY.md`
', false, 'cp1252', 'dsa110-roadmap.md', NULL, 40, 4, '01a23398-7cd1-7092-9aaf-626968dad88b', '2026-12-01 21:52:45.478+00', '2026-12-01 21:52:50.155+00');
INSERT INTO public.plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, repaired_encoding, file_name, start_date, hours_per_week, version, created_by_id, created_at, updated_at) VALUES ('01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'TODO: Production Readiness', '{"Review date": "2026-01-29"}', '[]', '# TODO: Production Readiness

Review date: 2026-01-29

## Summary

Codebase is **production-ready** with minor polish needed. This document tracks remaining items.

---

## High Priority (Before Production)

### 1. Schema Update Safety
- **File:** `src/api/v1/projects.py:168-175`
- **Issue:** Updating project schema with existing extractions proceeds with only a warning header
- **Risk:** Schema/data mismatches
- **Options:**
  - [ ] Block updates when extractions exist (require delete first)
  - [ ] Add `force=true` query param to confirm intent
  - [ ] Keep warning-only (document behavior)

---

## Medium Priority (Post-Launch)

### 2. Specific Exception Handling
Replace broad `except Exception:` with specific types.

| File | Line | Current | Recommended |
|------|------|---------|-------------|
| `src/redis_client.py` | 50-54 | `except Exception:` | `except (redis.ConnectionError, redis.TimeoutError):` |
| `src/qdrant_connection.py` | 33-38 | `except Exception:` | `except (QdrantException, ConnectionError):` |

### 3. Fix Lint Error
- **File:** `src/services/extraction/schema_orchestrator.py`
- **Issue:** `ExtractionContext` forward reference
- **Action:** Add `from __future__ import annotations` or use string annotation

### 4. Add Queue Mode Test
- **File:** `tests/test_llm_client_queue.py` (or new file)
- **Issue:** `_complete_via_queue` method lacks test coverage
- **Action:** Add test with mocked Redis queue

---

## Low Priority (Backlog)

### 5. Crawl Pipeline Improvements
See `docs/PLAN-crawl-improvements.md` for full details.

| Phase | Items | Status |
|-------|-------|--------|
| Phase 1 | Error messages (I1), UUID types (M2) | Not started |
| Phase 2 | Batch commits (I2) | Not started |
| Phase 3 | HTTP filtering (I3), metrics (M3), timestamps (M1) | Not started |

### 6. Database Pool Sizing
- **File:** `src/database.py:17`
- **Current:** `pool_size=5, max_overflow=10`
- **Action:** Verify sufficient for expected concurrency under load

### 7. JSONB Validation
- **Files:** ORM models with JSONB columns
- **Issue:** No JSONSchema validation for `data`, `payload`, `meta_data` fields
- **Action:** Add validation at repository layer or via Pydantic

### 8. LLM Timeout Review
- **File:** `src/config.py:81-84`
- **Current:** 120s default timeout
- **Action:** Monitor in production; may mask hanging requests

---

## Production Checklist

Before deploying to production:

- [ ] Set strong `API_KEY` (32+ chars, non-default)
- [ ] Enable `ENFORCE_HTTPS=true`
- [ ] Configure database with SSL (`sslmode=require`)
- [ ] Set up monitoring/alerting
- [ ] Enable Prometheus metrics collection
- [ ] Review rate limit settings for expected traffic
- [ ] Test graceful shutdown behavior
- [ ] Verify Redis and Qdrant connectivity

---

## Completed Items

- [x] Commit pending changes (reports improvements, sources endpoint) - merged via PR #74
- [x] Reports module improvements (synthesis, aggregation, configurable limits)
- [x] Deprecated code removal (SchemaTableReport, hardcoded field groups)
- [x] Security headers middleware
- [x] Rate limiting middleware
- [x] Structured logging setup
- [x] 50+ tests for report functionality
', false, NULL, 'extraction-api-todo.md', NULL, 40, 4, '01a23398-7cd1-7092-9aaf-626968dad88b', '2026-12-01 21:52:46.079+00', '2026-12-01 21:52:51.568+00');
INSERT INTO public.plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, repaired_encoding, file_name, start_date, hours_per_week, version, created_by_id, created_at, updated_at) VALUES ('01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'Production Readiness Backlog', '{"Date": "2025-07-06", "Status": "PENDING", "Priority": "HIGH - Based on Review Team Feedback"}', '["The text was UTF-8 read as Windows-1252 (mojibake); it was repaired."]', '# Production Readiness Backlog

**Date**: 2025-07-06  
**Priority**: HIGH - Based on Review Team Feedback  
**Status**: PENDING  

## 📋 **BACKLOG TASKS FROM REVIEW TEAM FEEDBACK**

### **🚨 Priority 1: Structured Logging Implementation**
**Task ID**: PROD-001  
**Priority**: HIGH  
**Estimated Effort**: MODERATE  

**Requirements:**
1. **Create Centralized Logging Configuration**
   - File: `src/leadscout/core/logging.py`
   - Implement `setup_logging()` function with environment-based configuration
   - Support both JSON (production) and console (development) output

2. **Replace Basic Logging Patterns**
   - Update all modules from `logging.getLogger(__name__)` to `structlog.get_logger(__name__)`
   - Add structured context to all log messages
   - Include operation metadata (processing_time_ms, success/failure, etc.)

3. **Environment-Specific Configuration**
   - Add logging fields to Settings class: `log_level`, `log_format`, `enable_debug_logging`, `log_file_path`
   - Support production vs development logging modes
   - JSON logging for production, readable console for development

**Success Criteria:**
- [ ] All logging uses structured format with context
- [ ] Environment-based logging configuration working
- [ ] Clean separation between debug and production output
- [ ] Log files properly rotated and organized

---

### **🚨 Priority 2: Progress Monitoring System**
**Task ID**: PROD-002  
**Priority**: HIGH  
**Estimated Effort**: MODERATE  

**Requirements:**
1. **Create ProgressMonitor Class**
   - Real-time progress tracking for long operations
   - JSON progress files for external monitoring
   - Percentage completion, ETA calculations, processing rates

2. **Integrate with Long-Running Operations**
   - Batch processing operations (500+ leads)
   - LLM classification operations
   - Data import/export operations
   - Background script execution

3. **Monitoring Infrastructure**
   - Progress files in `logs/progress/` directory
   - Real-time status updates
   - Operation health monitoring

**Success Criteria:**
- [ ] Long operations provide real-time progress updates
- [ ] External monitoring can track operation status
- [ ] Progress files include ETA and completion estimates
- [ ] No more timeout issues with batch operations

---

### **🚨 Priority 3: Background Processing Framework**
**Task ID**: PROD-003  
**Priority**: HIGH  
**Estimated Effort**: COMPLEX  

**Requirements:**
1. **Background Execution Support**
   - All scripts support background execution (`script.py &`)
   - Proper signal handling (SIGINT, SIGTERM)
   - Graceful shutdown with partial results

2. **Timeout Handling**
   - Configurable timeouts for different operations
   - Automatic retry logic with exponential backoff
   - Recovery from partial failures

3. **Process Management**
   - PID file management
   - Process health monitoring
   - Resource usage tracking

**Success Criteria:**
- [ ] Scripts can run in background without user interaction
- [ ] Proper signal handling and graceful shutdown
- [ ] Timeout issues resolved for large datasets
- [ ] Process monitoring and management capabilities

---

### **🔧 Priority 4: Performance Monitoring**
**Task ID**: PROD-004  
**Priority**: MEDIUM  
**Estimated Effort**: MODERATE  

**Requirements:**
1. **PerformanceMonitor Class**
   - Metric collection for all operations
   - Duration tracking, success rates, resource usage
   - Historical performance data storage

2. **Performance Regression Tests**
   - Automated performance benchmarking
   - Regression detection for performance degradation
   - Performance baseline establishment

3. **Monitoring Integration**
   - Real-time performance metrics
   - Performance dashboards (future)
   - Alerting for performance issues

**Success Criteria:**
- [ ] All operations tracked for performance
- [ ] Performance regression tests in CI/CD
- [ ] Historical performance data collection
- [ ] Performance baselines established

---

### **🧪 Priority 5: Enhanced Integration Testing**
**Task ID**: PROD-005  
**Priority**: MEDIUM  
**Estimated Effort**: MODERATE  

**Requirements:**
1. **Complete Pipeline Integration Tests**
   - End-to-end pipeline testing with real components
   - Integration with external APIs (rate-limited)
   - Full classification pipeline validation

2. **Performance Integration Tests**
   - Large dataset processing tests
   - Performance benchmark validation
   - Memory usage and resource testing

3. **Production Simulation Tests**
   - Production-like environment testing
   - Real data volume testing
   - Error scenario testing

**Success Criteria:**
- [ ] Integration tests cover complete pipeline
- [ ] Performance tests validate production readiness
- [ ] Production simulation tests pass consistently
- [ ] Error scenarios handled gracefully

---

### **🔒 Priority 6: Security Enhancements**
**Task ID**: PROD-006  
**Priority**: MEDIUM  
**Estimated Effort**: SIMPLE  

**Requirements:**
1. **Rate Limiting Implementation**
   - API call rate limiting for external services
   - Configurable rate limits per service
   - Proper backoff and retry strategies

2. **Enhanced Input Validation**
   - Additional validation for edge cases
   - Sanitization of input data
   - SQL injection prevention (if applicable)

3. **Audit Logging**
   - Security event logging
   - Access control logging
   - Data processing audit trail

**Success Criteria:**
- [ ] Rate limiting prevents API abuse
- [ ] Input validation covers all edge cases
- [ ] Security events properly logged and monitored
- [ ] Audit trail for all data operations

---

## 📊 **PRIORITY IMPLEMENTATION ORDER**

### **Phase 1: Critical Infrastructure (Week 1)**
1. **PROD-001**: Structured Logging Implementation
2. **PROD-002**: Progress Monitoring System
3. **PROD-003**: Background Processing Framework

### **Phase 2: Performance & Quality (Week 2)**
4. **PROD-004**: Performance Monitoring
5. **PROD-005**: Enhanced Integration Testing

### **Phase 3: Security & Polish (Week 3)**
6. **PROD-006**: Security Enhancements

---

## 🎯 **BUSINESS IMPACT**

### **Immediate Benefits (Phase 1):**
- ✅ **No More Timeouts**: Large dataset processing works reliably
- ✅ **Production Ready**: Professional logging and monitoring
- ✅ **Operational Visibility**: Real-time progress tracking
- ✅ **Background Processing**: Scripts don''t block interactive sessions

### **Quality Benefits (Phase 2):**
- ✅ **Performance Assurance**: Regression testing prevents degradation
- ✅ **Integration Confidence**: Complete pipeline validation
- ✅ **Scalability**: Proven performance with large datasets

### **Enterprise Benefits (Phase 3):**
- ✅ **Security Compliance**: Rate limiting and audit trails
- ✅ **Operational Excellence**: Professional monitoring and alerting
- ✅ **Maintenance**: Easy troubleshooting and problem resolution

---

## 📋 **ACCEPTANCE CRITERIA**

### **Overall System Requirements:**
- [ ] **500-lead demo completes successfully** in background
- [ ] **Progress monitoring** works for all long operations  
- [ ] **Structured logging** provides clear operational visibility
- [ ] **No timeout issues** with any script or operation
- [ ] **Performance baselines** established and monitored
- [ ] **Integration tests** validate complete system functionality

### **Production Readiness Checklist:**
- [ ] All scripts support background execution
- [ ] Logging follows structured format with context
- [ ] Progress monitoring for long operations
- [ ] Timeout handling and graceful recovery
- [ ] Performance monitoring and regression testing
- [ ] Security enhancements implemented
- [ ] Complete integration test coverage

---

**Note**: These tasks address critical feedback from the review team and are essential for production deployment. They should be implemented in priority order to ensure system reliability and operational excellence.', false, 'cp1252', 'leadscout-backlog.md', NULL, 40, 3, '01a23398-7cd1-7092-9aaf-626968dad88b', '2026-12-01 21:52:46.649+00', '2026-12-01 21:52:52.085+00');


--
-- Data for Name: activity; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-7d1d-775b-ba6d-b027bd3b041c', '01a23398-7cea-70d8-b883-7a6420b36ef8', NULL, '01a23398-7cd1-7092-9aaf-626968dad88b', 'workspace.created', 'workspace', '01a23398-7cea-70d8-b883-7a6420b36ef8', NULL, '{"name": "Demo User''s workspace", "owner": "demo@flightplan.local"}', '2026-12-01 21:52:41.245+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-812b-773d-a76d-8bcb60a30bc4', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-7cd1-7092-9aaf-626968dad88b', 'plan.imported', 'plan', '01a23398-804e-7c60-b804-55e650dfa0c5', NULL, '{"items": 0, "tasks": 8, "title": "Production Readiness: Remaining Action Items", "phases": 4, "metrics": 0, "fileName": "ancestry-remaining-items.md", "decisions": 0}', '2026-12-01 21:52:42.283+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-892a-75d9-9c8f-319bb1631315', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-7cd1-7092-9aaf-626968dad88b', 'plan.imported', 'plan', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, '{"items": 18, "tasks": 37, "title": "Production Readiness Plan - APP_V2", "phases": 9, "metrics": 6, "fileName": "app-v2-readiness-plan.md", "decisions": 5}', '2026-12-01 21:52:44.33+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-8e10-70ca-9682-4f62895fadd0', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'plan.imported', 'plan', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '{"items": 65, "tasks": 12, "title": "Remaining Work Prioritization & Roadmap", "phases": 9, "metrics": 7, "fileName": "dsa110-roadmap.md", "decisions": 3}', '2026-12-01 21:52:45.584+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9078-75d6-8700-28f7e8f91b68', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-7cd1-7092-9aaf-626968dad88b', 'plan.imported', 'plan', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, '{"items": 15, "tasks": 8, "title": "TODO: Production Readiness", "phases": 3, "metrics": 0, "fileName": "extraction-api-todo.md", "decisions": 1}', '2026-12-01 21:52:46.2+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9271-711a-8d6e-1a93426a0584', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'plan.imported', 'plan', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, '{"items": 37, "tasks": 6, "title": "Production Readiness Backlog", "phases": 3, "metrics": 0, "fileName": "leadscout-backlog.md", "decisions": 0}', '2026-12-01 21:52:46.705+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9404-73d4-b5f1-9721dab68f2a', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-7cd1-7092-9aaf-626968dad88b', 'task.updated', 'task', '01a23398-804e-7d88-9d83-005948b4860d', '{"owner": null, "status": "todo", "estimate": null}', '{"owner": "Kim Lee", "status": "blocked", "estimate": {"text": "2-4 days", "maxHours": 32, "minHours": 16}}', '2026-12-01 21:52:47.108+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-959c-7b61-a3d2-0d41e1247ed6', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.checked', 'item', '01a23398-8880-78e0-b399-4364f6100dec', '{"done": false}', '{"done": true}', '2026-12-01 21:52:47.517+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-96af-700b-953e-34f5bf6db818', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-7cd1-7092-9aaf-626968dad88b', 'task.updated', 'task', '01a23398-8880-72d9-ab71-eb222a624937', '{"owner": null, "status": "todo", "estimate": {"text": "40-60 hours", "maxHours": 60, "minHours": 40}}', '{"owner": "Kim Lee", "status": "blocked", "estimate": {"text": "2-4 days", "maxHours": 32, "minHours": 16}}', '2026-12-01 21:52:47.791+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9f06-738d-b2fe-0f0e6af8cd02', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.checked', 'item', '01a23398-8d94-7501-af8a-b6f3466d4d7c', '{"done": false}', '{"done": true}', '2026-12-01 21:52:49.934+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9f13-711d-8306-8648bd67f06c', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.unchecked', 'item', '01a23398-8d93-7751-b634-6cb325509b2a', '{"done": true}', '{"done": false}', '2026-12-01 21:52:49.942+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-9fe3-73d3-84d2-17b5ebb81efd', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'task.updated', 'task', '01a23398-8d93-716e-8f76-a68343b5dd76', '{"owner": null, "status": "todo", "estimate": {"text": "3-4 days", "maxHours": 32, "minHours": 24}}', '{"owner": "Kim Lee", "status": "blocked", "estimate": {"text": "2-4 days", "maxHours": 32, "minHours": 16}}', '2026-12-01 21:52:50.147+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-a4a8-733c-9b68-33c8a5d49362', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.checked', 'item', '01a23398-8fc5-7554-891e-8793ce85275d', '{"done": false}', '{"done": true}', '2026-12-01 21:52:51.369+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-a4b7-7efd-96f5-a2f3049952e4', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.unchecked', 'item', '01a23398-8fc5-79e2-be0d-eb9045e4b00b', '{"done": true}', '{"done": false}', '2026-12-01 21:52:51.385+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-a56c-705b-be58-917179d8fb91', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-7cd1-7092-9aaf-626968dad88b', 'task.updated', 'task', '01a23398-8fc5-74f9-8953-73758594ffd1', '{"owner": null, "status": "todo", "estimate": null}', '{"owner": "Kim Lee", "status": "blocked", "estimate": {"text": "2-4 days", "maxHours": 32, "minHours": 16}}', '2026-12-01 21:52:51.564+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-a6f7-7834-9735-5356c469bfab', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'item.checked', 'item', '01a23398-9201-799c-9686-29288332592d', '{"done": false}', '{"done": true}', '2026-12-01 21:52:51.961+00');
INSERT INTO public.activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at) VALUES ('01a23398-a75a-7242-9db5-6ecf6e406538', '01a23398-7cea-70d8-b883-7a6420b36ef8', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-7cd1-7092-9aaf-626968dad88b', 'task.updated', 'task', '01a23398-9200-72c5-8392-102a98d8faef', '{"owner": null, "status": "todo", "estimate": {"text": "MODERATE", "maxHours": 16, "minHours": 8}}', '{"owner": "Kim Lee", "status": "blocked", "estimate": {"text": "2-4 days", "maxHours": 32, "minHours": 16}}', '2026-12-01 21:52:52.058+00');


--
-- Data for Name: decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8881-772a-aaf4-6838a12d9fcc', '01a23398-8880-7a35-9457-439ce42fdea2', 'SQLite locks vs Redis', 'open', NULL, 0, 76, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8881-7687-a702-9bb627895fc2', '01a23398-8880-7a35-9457-439ce42fdea2', 'Rate Limiting Backend', 'open', NULL, 1, 852, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8881-7aed-8e00-18c58b40a3ce', '01a23398-8880-7a35-9457-439ce42fdea2', 'Logging Backend', 'open', NULL, 2, 856, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8881-7afc-910e-6ef507aa802c', '01a23398-8880-7a35-9457-439ce42fdea2', 'Monitoring Preference', 'open', NULL, 3, 861, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8881-768b-a2cc-7c613824be3f', '01a23398-8880-7a35-9457-439ce42fdea2', 'Deployment Target', 'open', NULL, 4, 865, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8d94-77da-b9fe-d540b61a9265', '01a23398-8d93-7526-b31a-a9708120f43d', 'Async Migration', 'open', 'End of this week', 0, 473, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8d94-7018-9f1e-2dfc27c4d505', '01a23398-8d93-7526-b31a-a9708120f43d', 'Service Refactoring Scope', 'open', 'End of week 2', 1, 482, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8d94-720a-8123-6f3e2ac2f9cd', '01a23398-8d93-7526-b31a-a9708120f43d', 'PostgreSQL Migration', 'open', 'End of month 1', 2, 491, NULL, NULL, NULL, 1);
INSERT INTO public.decisions (id, plan_id, title, status, due_by, "position", source_line, decided_by_id, decided_at, rationale, version) VALUES ('01a23398-8fc5-7b60-be8b-086223094283', '01a23398-8fc5-7f45-806c-94542d34b23e', 'Schema Update Safety', 'open', NULL, 0, 17, NULL, NULL, NULL, 1);


--
-- Data for Name: decision_options; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7916-812d-e308e75106b0', '01a23398-8881-772a-aaf4-6838a12d9fcc', 'SQLite locks', false, false, 0, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7fab-a2c8-3194a86dd696', '01a23398-8881-772a-aaf4-6838a12d9fcc', 'Redis', false, false, 1, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7b80-b663-02d325cfe4eb', '01a23398-8881-7687-a702-9bb627895fc2', 'SQLite + Locks (simple, 2h, single-process)', false, false, 0, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7db7-a780-e5f6b29e01ca', '01a23398-8881-7687-a702-9bb627895fc2', 'Redis (scalable, 6h, multi-process/node)', false, true, 1, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-79ac-a6bf-c56c3f77b088', '01a23398-8881-7aed-8e00-18c58b40a3ce', 'Local JSON files (simple, 3h)', false, false, 0, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7288-afc0-ad217c343788', '01a23398-8881-7aed-8e00-18c58b40a3ce', 'ELK Stack (production-grade, requires infrastructure)', false, false, 1, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7780-9fa4-a628e193c8a9', '01a23398-8881-7aed-8e00-18c58b40a3ce', 'Loki (cloud-native, 6h)', false, true, 2, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7fc6-b022-8fa5a082bc5e', '01a23398-8881-7afc-910e-6ef507aa802c', 'Use existing Prometheus + Grafana (already running in compose)', false, false, 0, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7b10-96fe-f68d8342d7e6', '01a23398-8881-7afc-910e-6ef507aa802c', 'Add custom dashboards and alerts', false, false, 1, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7f71-be1b-55943d005785', '01a23398-8881-768b-a2cc-7c613824be3f', 'Raspberry Pi 4 only', false, false, 0, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-7a31-9ea9-14cf9da52ded', '01a23398-8881-768b-a2cc-7c613824be3f', 'Multi-node Kubernetes', false, false, 1, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8881-76fd-9747-70947e3d3b55', '01a23398-8881-768b-a2cc-7c613824be3f', 'AWS/Cloud provider', false, false, 2, NULL);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-7d6e-ac3d-a9b9c245c3f8', '01a23398-8d94-77da-b9fe-d540b61a9265', 'Option A: Complete migration', false, true, 0, 475);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-7eae-b7ce-adcaeaf00a69', '01a23398-8d94-77da-b9fe-d540b61a9265', 'Option B: Remove async code', false, false, 1, 476);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-7b84-9b5d-91c50d5be0f4', '01a23398-8d94-77da-b9fe-d540b61a9265', 'Option C: Status quo', false, false, 2, 477);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-70f6-a03d-e6ce9a914f3b', '01a23398-8d94-7018-9f1e-2dfc27c4d505', 'Full refactor (move all business logic)', false, false, 0, 484);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-79e4-866c-522facd969b3', '01a23398-8d94-7018-9f1e-2dfc27c4d505', 'Partial refactor (just QA/provenance)', false, false, 1, 485);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-794d-9efd-f14140dca1de', '01a23398-8d94-7018-9f1e-2dfc27c4d505', 'Defer to later', false, false, 2, 486);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-70dd-9ba9-3d9e81f9d02d', '01a23398-8d94-720a-8123-6f3e2ac2f9cd', 'Plan for PostgreSQL (affects pooling strategy)', false, false, 0, 493);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8d94-7e00-83fa-99ed4e4c6ca9', '01a23398-8d94-720a-8123-6f3e2ac2f9cd', 'Stay with SQLite (simpler pooling)', false, false, 1, 494);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8fc5-721c-96dc-517bedae1e60', '01a23398-8fc5-7b60-be8b-086223094283', 'Block updates when extractions exist (require delete first)', false, false, 0, 18);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8fc5-7bbc-becc-bfeafba917fb', '01a23398-8fc5-7b60-be8b-086223094283', 'Add force=true query param to confirm intent', false, false, 1, 19);
INSERT INTO public.decision_options (id, decision_id, text, chosen, recommended, "position", source_line) VALUES ('01a23398-8fc5-728c-9dd9-4261f395f07e', '01a23398-8fc5-7b60-be8b-086223094283', 'Keep warning-only (document behavior)', false, false, 2, 20);


--
-- Data for Name: phases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-804e-7693-bc9a-1b1fc049f6a8', '01a23398-804e-7c60-b804-55e650dfa0c5', '1', '1. Large File Opportunities', NULL, NULL, 'todo', 0, 12, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-805b-7057-84ba-e14b913efb70', '01a23398-804e-7c60-b804-55e650dfa0c5', '2', '2. Architecture Improvements', NULL, NULL, 'in_progress', 1, 26, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-805b-720a-a0d8-ddca7730ef26', '01a23398-804e-7c60-b804-55e650dfa0c5', '3', '3. Observability & Monitoring', NULL, NULL, 'done', 2, 86, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-805b-7959-a55a-40e40f6d584e', '01a23398-804e-7c60-b804-55e650dfa0c5', '4', '4. Future Enhancements', NULL, NULL, 'deferred', 3, 105, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-71a2-9cbd-ca7c558ee483', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, 'Critical Issues Breakdown', NULL, NULL, 'todo', 0, 46, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-772b-acda-ae13da62dd72', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, 'High Priority Issues (P1)', NULL, NULL, 'todo', 1, 101, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-70ae-9e1a-a5bcfd3f022d', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, 'Medium Priority Issues (P2)', NULL, NULL, 'todo', 2, 151, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-7cca-8664-efafc43652f2', '01a23398-8880-7a35-9457-439ce42fdea2', '1', 'PHASE 1: Critical Stabilization', 1, 1, 'done', 3, 207, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-7020-a454-2ac490d5e615', '01a23398-8880-7a35-9457-439ce42fdea2', '2', 'PHASE 2: Testing & Quality', 2, 2, 'todo', 4, 382, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-7856-ae5b-eed02fbdc85e', '01a23398-8880-7a35-9457-439ce42fdea2', '3', 'PHASE 3: Security & Observability', 3, 3, 'todo', 5, 474, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-797e-b7d5-56702b6dc4dc', '01a23398-8880-7a35-9457-439ce42fdea2', '4', 'PHASE 4: Optimization & Documentation', 4, 4, 'todo', 6, 615, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-7a51-92e7-c46af92d03e4', '01a23398-8880-7a35-9457-439ce42fdea2', '5', 'PHASE 5: Validation & Polish (Optional)', NULL, NULL, 'todo', 7, 679, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8880-79d9-ae47-7a60a4a9be27', '01a23398-8880-7a35-9457-439ce42fdea2', '1', 'PHASE 1 - FILES CREATED & MODIFIED', NULL, NULL, 'todo', 8, 873, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-759d-861b-0b1cd19ee965', '01a23398-8d93-7526-b31a-a9708120f43d', '1A', 'Phase 1A', NULL, NULL, 'done', 0, 7, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-7dde-a093-d68b84838185', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, 'P0: Critical (Do First)', NULL, NULL, 'todo', 1, 21, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-7e0f-81ca-a7b397080133', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, 'P1: High Priority (Next 2 Weeks)', NULL, NULL, 'in_progress', 2, 43, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-7395-828a-c89d8f3f7e31', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, 'P2: Medium Priority (Next Month)', NULL, NULL, 'todo', 3, 166, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-788f-8ee5-08bd92f80a03', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, 'P3: Nice to Have (Future)', NULL, NULL, 'todo', 4, 305, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d93-7d1c-a122-a16e187e7b62', '01a23398-8d93-7526-b31a-a9708120f43d', '1', 'Week 1: Async & Critical Cleanup', 1, 1, 'todo', 5, 345, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d94-795b-862a-0a5e5f9b5895', '01a23398-8d93-7526-b31a-a9708120f43d', '2', 'Week 2: Exception Handling & Pooling', 2, 2, 'todo', 6, 363, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d94-7d19-ab10-039d84e1d6c2', '01a23398-8d93-7526-b31a-a9708120f43d', '3', 'Week 3: Service Layer & Transactions', 3, 3, 'todo', 7, 381, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8d94-7787-963a-fedd42ba2c0a', '01a23398-8d93-7526-b31a-a9708120f43d', '4', 'Week 4: Performance & Testing', 4, 4, 'todo', 8, 398, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8fc5-787f-8a3b-ce2174be9a5a', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, 'High Priority (Before Production)', NULL, NULL, 'todo', 0, 11, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8fc5-7a74-b3b4-e2886830d1f4', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, 'Medium Priority (Post-Launch)', NULL, NULL, 'todo', 1, 24, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-8fc5-7620-aecf-0b65ac31c866', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, 'Low Priority (Backlog)', NULL, NULL, 'todo', 2, 46, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-9200-7922-bfc3-a1dcddb1c8d7', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '1', 'Phase 1: Critical Infrastructure', 1, 1, 'todo', 0, 186, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-9201-7869-aa67-b64bea0d8143', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '2', 'Phase 2: Performance & Quality', 2, 2, 'todo', 1, 191, 1);
INSERT INTO public.phases (id, plan_id, key, title, weeks_from, weeks_to, status, "position", source_line, version) VALUES ('01a23398-9201-77ef-8d86-3fd75f79be77', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '3', 'Phase 3: Security & Polish', 3, 3, 'todo', 2, 195, 1);


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7bc2-87fd-28a1b52aba0f', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7057-84ba-e14b913efb70', NULL, 'Extract Business Logic from UI/Orchestration', 'P3', 'todo', NULL, NULL, NULL, NULL, '{}', 1, 28, 1, NULL, '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7c2b-82d2-4345a114528d', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7057-84ba-e14b913efb70', NULL, 'Unified Cache Interface with Clear Invalidation', 'P3', 'todo', NULL, NULL, NULL, NULL, '{}', 2, 39, 1, NULL, '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7b27-bbbb-58e5c2de2579', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7057-84ba-e14b913efb70', NULL, 'Browser Automation Service Layer', 'P3', 'todo', NULL, NULL, NULL, NULL, '{}', 3, 48, 1, NULL, '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7ed3-a663-41f54bd2b776', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7057-84ba-e14b913efb70', NULL, 'Runtime Feature Toggle Framework', 'P3', 'done', NULL, NULL, NULL, NULL, '{}', 4, 57, 1, '2026-12-01 21:52:42.075+00', '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7da8-b86b-0d4201745d6d', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7057-84ba-e14b913efb70', NULL, 'Database Schema Evolution System', 'P3', 'done', NULL, NULL, NULL, NULL, '{}', 5, 69, 1, '2026-12-01 21:52:42.075+00', '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-79b7-a158-e988d20257fb', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-720a-a0d8-ddca7730ef26', NULL, 'Production Performance Monitoring', 'P3', 'done', NULL, NULL, NULL, NULL, '{}', 6, 88, 1, '2026-12-01 21:52:42.075+00', '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-805b-7377-a520-70f6b4887246', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-805b-7959-a55a-40e40f6d584e', NULL, 'Async/Await for I/O Operations', 'P3', 'deferred', NULL, NULL, NULL, NULL, '{}', 7, 107, 1, NULL, '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:42.156+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7613-819b-c8e10180a9fa', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-71a2-9cbd-ca7c558ee483', '2', 'Missing Database Indexes', 'P0', 'todo', 2, 3, '2-3 hours', NULL, '{app_v2/db/models.py}', 1, 55, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7970-93cc-fc2c44f6ace4', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-71a2-9cbd-ca7c558ee483', '3', 'Race Conditions in Rate Limiter', 'P0', 'todo', 4, 6, '4-6 hours', NULL, '{app_v2/core/rate_limiter.py}', 2, 67, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7987-895a-6f61f108a773', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-71a2-9cbd-ca7c558ee483', '4', 'Duplicate Database Models', 'P0', 'todo', 3, 4, '3-4 hours', NULL, '{app_v2/db/models.py}', 3, 78, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7dc7-8af1-7d6d3af91dac', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-71a2-9cbd-ca7c558ee483', '5', 'Missing Health Check Endpoint', 'P0', 'todo', 1, 1, '1 hour', NULL, '{app_v2/main.py}', 4, 89, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-78a8-8315-c12ad6cf5acf', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-772b-acda-ae13da62dd72', 'P1.1', 'Insufficient Input Validation', 'P1', 'todo', 3, 4, '3-4 hours', NULL, '{app_v2/api/schemas.py,app_v2/api/routers/}', 5, 103, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7919-b7e6-691571f1a85e', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-772b-acda-ae13da62dd72', 'P1.2', 'Generic Exception Handling', 'P1', 'todo', 4, 5, '4-5 hours', NULL, '{app_v2/services/birthday_service.py,app_v2/engine/action_manager.py}', 6, 112, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7be3-9778-45f95745d9d2', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-772b-acda-ae13da62dd72', 'P1.3', 'No Structured Logging', 'P1', 'todo', 5, 6, '5-6 hours', NULL, '{app_v2/}', 7, 121, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-70ec-a643-d372c04118b6', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-772b-acda-ae13da62dd72', 'P1.4', 'Zero Prometheus Metrics', 'P1', 'todo', 6, 8, '6-8 hours', NULL, '{app_v2/main.py}', 8, 131, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7e49-9a83-583a45ef6b95', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-772b-acda-ae13da62dd72', 'P1.5', 'Incomplete Circuit Breaker', 'P1', 'todo', 3, 4, '3-4 hours', NULL, '{app_v2/core/rate_limiter.py}', 9, 140, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7487-8003-d728f39c358f', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-70ae-9e1a-a5bcfd3f022d', 'P2.1', 'Settings Recreated Per Request', 'P2', 'todo', 1, 2, '1-2 hours', NULL, '{app_v2/main.py:18,app_v2/services/birthday_service.py:28}', 10, 153, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-72ae-afe3-efd9eae51b0f', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-70ae-9e1a-a5bcfd3f022d', 'P2.2', 'No Pagination Enforcement', 'P2', 'todo', 2, 3, '2-3 hours', NULL, '{app_v2/api/routers/data.py}', 11, 160, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7a9e-b969-c7692376c85d', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-70ae-9e1a-a5bcfd3f022d', 'P2.3', 'Incomplete Documentation', 'P2', 'todo', 4, 6, '4-6 hours', NULL, '{app_v2/engine/selector_engine.py,app_v2/engine/auth_manager.py}', 12, 167, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7aa6-8394-a83b12954266', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-70ae-9e1a-a5bcfd3f022d', 'P2.4', 'Partial Type Hints', 'P2', 'todo', 2, 3, '2-3 hours', NULL, '{app_v2/engine/action_manager.py}', 13, 173, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-776c-8199-9564914cba86', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-70ae-9e1a-a5bcfd3f022d', 'P2.5', 'Unbounded Dependency Versions', 'P2', 'todo', 1, 1, '1 hour', NULL, '{pyproject.toml}', 14, 179, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-785d-846f-ebb6688897f7', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7cca-8664-efafc43652f2', '1.1', 'Add Database Indexes', NULL, 'done', NULL, NULL, NULL, NULL, '{}', 15, 209, 1, '2026-12-01 21:52:44.16+00', '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-741f-92cf-63572bbc5675', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7cca-8664-efafc43652f2', '1.2', 'Fix Rate Limiter Race Conditions', NULL, 'done', NULL, NULL, NULL, NULL, '{}', 16, 252, 1, '2026-12-01 21:52:44.16+00', '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-77a5-aa41-70debef4e024', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7cca-8664-efafc43652f2', '1.3', 'Add Health Check Endpoints', NULL, 'done', NULL, NULL, NULL, NULL, '{}', 17, 301, 1, '2026-12-01 21:52:44.16+00', '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-71fa-85be-606c48dd251f', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7cca-8664-efafc43652f2', '1.4', 'Consolidate Database Models', NULL, 'done', 3, 4, '3-4 hours', NULL, '{}', 18, 362, 1, '2026-12-01 21:52:44.16+00', '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7517-beb5-237caa0549f6', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7020-a454-2ac490d5e615', '2.1', 'Unit Tests Foundation', NULL, 'todo', 8, 10, '8-10 hours', NULL, '{}', 19, 384, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7efa-99c3-d1d745b2f0be', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7020-a454-2ac490d5e615', '2.2', 'Integration Tests - API Layer', NULL, 'todo', 12, 15, '12-15 hours', NULL, '{}', 20, 406, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-72d9-ab71-eb222a624937', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-71a2-9cbd-ca7c558ee483', '1', 'Zero Tests', 'P0', 'blocked', 16, 32, '2-4 days', 'Kim Lee', '{/app_v2/tests/}', 0, 48, 2, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:47.771+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-74a6-9c22-c86358190307', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7020-a454-2ac490d5e615', '2.3', 'End-to-End Tests', NULL, 'todo', 20, 25, '20-25 hours', NULL, '{}', 21, 429, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7fdf-9d0b-70521d2aece1', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7020-a454-2ac490d5e615', '2.4', 'Coverage Reporting', NULL, 'todo', 2, 3, '2-3 hours', NULL, '{}', 22, 460, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-76ea-ac64-fbf55e64812b', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7856-ae5b-eed02fbdc85e', '3.1', 'Structured Logging', NULL, 'todo', 5, 6, '5-6 hours', NULL, '{}', 23, 476, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-75e3-b8f4-340de7677c51', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7856-ae5b-eed02fbdc85e', '3.2', 'Prometheus Metrics', NULL, 'todo', 6, 8, '6-8 hours', NULL, '{}', 24, 501, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7d0e-a7ad-fe2ecb22bc50', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7856-ae5b-eed02fbdc85e', '3.3', 'Input Validation & Error Handling', NULL, 'todo', 4, 5, '4-5 hours', NULL, '{}', 25, 547, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7d49-a19a-c4233c6cadaf', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7856-ae5b-eed02fbdc85e', '3.4', 'Complete Circuit Breaker', NULL, 'todo', 3, 4, '3-4 hours', NULL, '{}', 26, 574, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7f8b-b607-251dd791e5eb', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-797e-b7d5-56702b6dc4dc', '4.1', 'Caching & Performance', NULL, 'todo', 5, 7, '5-7 hours', NULL, '{}', 27, 617, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7b50-b017-ffcc778a5ca9', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-797e-b7d5-56702b6dc4dc', '4.2', 'Comprehensive Documentation', NULL, 'todo', 6, 8, '6-8 hours', NULL, '{}', 28, 642, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7b48-9c29-ff663de68037', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-797e-b7d5-56702b6dc4dc', '4.3', 'CI/CD Pipeline', NULL, 'todo', 4, 5, '4-5 hours', NULL, '{}', 29, 653, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7bd4-bff8-27bfeb2fb18e', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-797e-b7d5-56702b6dc4dc', '4.4', 'Production Checklist', NULL, 'todo', 2, 3, '2-3 hours', NULL, '{}', 30, 665, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7615-b5fa-e51b7ca377cf', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7a51-92e7-c46af92d03e4', '5.1', 'Load Testing', NULL, 'todo', 4, 6, '4-6 hours', NULL, '{}', 31, 681, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-766a-9f08-4618b951f5d2', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-7a51-92e7-c46af92d03e4', '5.2', 'Security Audit', NULL, 'todo', 4, 5, '4-5 hours', NULL, '{}', 32, 694, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7f5c-a56b-8c315608e71e', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-79d9-ae47-7a60a4a9be27', NULL, 'New Files Created', NULL, 'todo', NULL, NULL, NULL, NULL, '{app_v2/db/migrations.py,app_v2/db/consolidation.py,app_v2/core/redis_client.py,app_v2/tests/conftest.py,app_v2/tests/test_core_rate_limiter.py,app_v2/tests/test_health_endpoints.py,app_v2/tests/test_db_migrations.py}', 33, 875, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7807-87a8-dd7d21d79cea', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-79d9-ae47-7a60a4a9be27', NULL, 'Files Modified', NULL, 'todo', NULL, NULL, NULL, NULL, '{app_v2/db/models.py,app_v2/db/engine.py,app_v2/core/rate_limiter.py,app_v2/main.py,pyproject.toml,app_v2/PRODUCTION_READINESS_PLAN.md}', 34, 889, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7fb1-be8f-ed08a9a23d1f', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-79d9-ae47-7a60a4a9be27', NULL, 'Test Coverage', NULL, 'todo', NULL, NULL, NULL, NULL, '{}', 35, 900, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8880-7d07-9111-c2e25838d95b', '01a23398-8880-7a35-9457-439ce42fdea2', '01a23398-8880-79d9-ae47-7a60a4a9be27', NULL, 'Quality Metrics', NULL, 'todo', NULL, NULL, NULL, NULL, '{}', 36, 910, 1, NULL, '2026-12-01 21:52:44.162+00', '2026-12-01 21:52:44.247+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7752-b51c-87ebfea6632a', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e0f-81ca-a7b397080133', '2', 'Narrow Remaining Exception Handlers', 'P1', 'in_progress', 16, 24, '2-3 days', NULL, '{}', 1, 45, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-732e-b924-d2070596c927', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e0f-81ca-a7b397080133', '3', 'Add Connection Pooling for Sync Code', 'P1', 'todo', 8, 16, '1-2 days', NULL, '{}', 2, 94, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7004-9131-60a377bbef44', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e0f-81ca-a7b397080133', '4', 'Remove Legacy errors.py Module', 'P1', 'todo', 2, 2, '2 hours', NULL, '{}', 3, 145, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7214-bb37-5fb13fe44e53', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7395-828a-c89d8f3f7e31', '5', 'Service Layer Refactoring', 'P2', 'todo', 40, 40, '1 week', NULL, '{}', 4, 168, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7395-828a-c89d8f3f7e31', '6', 'Implement Transaction Management', 'P2', 'todo', 16, 24, '2-3 days', NULL, '{}', 5, 217, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7e5d-95df-3ad8a5412ec0', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7395-828a-c89d8f3f7e31', '7', 'N+1 Query Optimization', 'P2', 'todo', 16, 24, '2-3 days', NULL, '{}', 6, 264, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7920-999e-42210530343b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-788f-8ee5-08bd92f80a03', '8', 'Comprehensive Integration Tests', 'P3', 'todo', 40, 40, '1 week', NULL, '{}', 7, 307, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-706a-aff2-6c02fe729849', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-788f-8ee5-08bd92f80a03', '9', 'Circuit Breakers for External Services', 'P3', 'todo', 16, 24, '2-3 days', NULL, '{}', 8, 313, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7509-a884-fd50b37a7024', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-788f-8ee5-08bd92f80a03', '10', 'Database Migration Strategy', 'P3', 'todo', 40, 40, '1 week', NULL, '{}', 9, 319, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-7660-9e66-f4d76fcf444a', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-788f-8ee5-08bd92f80a03', '11', 'API Versioning Strategy', 'P3', 'todo', 24, 32, '3-4 days', NULL, '{}', 10, 325, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-729d-9da9-506d6bebfd60', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-788f-8ee5-08bd92f80a03', '12', 'Observability Improvements', 'P3', 'todo', 80, 80, '2 weeks', NULL, '{}', 11, 331, 1, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:45.503+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-7f97-8146-452347cbef53', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7a74-b3b4-e2886830d1f4', '2', 'Specific Exception Handling', 'P2', 'todo', NULL, NULL, NULL, NULL, '{src/redis_client.py,src/qdrant_connection.py}', 1, 26, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-74f9-8953-73758594ffd1', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-787f-8a3b-ce2174be9a5a', '1', 'Schema Update Safety', 'P1', 'blocked', 16, 32, '2-4 days', 'Kim Lee', '{src/api/v1/projects.py:168-175}', 0, 13, 2, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:51.556+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-7386-abef-6e82e424d813', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7a74-b3b4-e2886830d1f4', '3', 'Fix Lint Error', 'P2', 'todo', NULL, NULL, NULL, NULL, '{src/services/extraction/schema_orchestrator.py}', 2, 34, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-764f-945a-9195c72e4730', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7a74-b3b4-e2886830d1f4', '4', 'Add Queue Mode Test', 'P2', 'todo', NULL, NULL, NULL, NULL, '{tests/test_llm_client_queue.py}', 3, 39, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-7181-8abb-04c34312beb5', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7620-aecf-0b65ac31c866', '5', 'Crawl Pipeline Improvements', 'P3', 'todo', NULL, NULL, NULL, NULL, '{}', 4, 48, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-72ba-bf1f-93ebb95d9e52', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7620-aecf-0b65ac31c866', '6', 'Database Pool Sizing', 'P3', 'todo', NULL, NULL, NULL, NULL, '{src/database.py:17}', 5, 57, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-7402-8e32-39ea339350b3', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7620-aecf-0b65ac31c866', '7', 'JSONB Validation', 'P3', 'todo', NULL, NULL, NULL, NULL, '{}', 6, 62, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8fc5-73ea-be03-2cb1e21ec3b9', '01a23398-8fc5-7f45-806c-94542d34b23e', '01a23398-8fc5-7620-aecf-0b65ac31c866', '8', 'LLM Timeout Review', 'P3', 'todo', NULL, NULL, NULL, NULL, '{src/config.py:81-84}', 7, 67, 1, NULL, '2026-12-01 21:52:46.028+00', '2026-12-01 21:52:46.114+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9200-7b56-88dc-3a653d3103ef', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7922-bfc3-a1dcddb1c8d7', 'PROD-002', 'Progress Monitoring System', 'P1', 'todo', 8, 16, 'MODERATE', NULL, '{}', 1, 38, 1, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:46.667+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9200-7f98-b697-977baba71069', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7922-bfc3-a1dcddb1c8d7', 'PROD-003', 'Background Processing Framework', 'P1', 'todo', 24, 40, 'COMPLEX', NULL, '{}', 2, 68, 1, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:46.667+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9201-762f-9ce9-8f71d7a575c7', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7869-aa67-b64bea0d8143', 'PROD-004', 'Performance Monitoring', 'P2', 'todo', 8, 16, 'MODERATE', NULL, '{}', 3, 97, 1, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:46.667+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9201-76db-b729-af7c1bee7100', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7869-aa67-b64bea0d8143', 'PROD-005', 'Enhanced Integration Testing', 'P2', 'todo', 8, 16, 'MODERATE', NULL, '{}', 4, 126, 1, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:46.667+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9201-7c0d-8330-d9fbcc085356', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-77ef-8d86-3fd75f79be77', 'PROD-006', 'Security Enhancements', 'P2', 'todo', 2, 4, 'SIMPLE', NULL, '{}', 5, 155, 1, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:46.667+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-804e-7d88-9d83-005948b4860d', '01a23398-804e-7c60-b804-55e650dfa0c5', '01a23398-804e-7693-bc9a-1b1fc049f6a8', NULL, 'File Size Reduction', 'P3', 'blocked', 16, 32, '2-4 days', 'Kim Lee', '{utils.py,core/session_manager.py,core/error_handling.py}', 0, 14, 2, NULL, '2026-12-01 21:52:42.076+00', '2026-12-01 21:52:47.081+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-8d93-716e-8f76-a68343b5dd76', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7dde-a093-d68b84838185', '1', 'Async Migration Decision & Execution', 'P0', 'blocked', 16, 32, '2-4 days', 'Kim Lee', '{}', 0, 23, 2, NULL, '2026-12-01 21:52:45.467+00', '2026-12-01 21:52:50.139+00');
INSERT INTO public.tasks (id, plan_id, phase_id, key, title, priority, status, estimate_min_hours, estimate_max_hours, estimate_text, owner, files, "position", source_line, version, completed_at, created_at, updated_at) VALUES ('01a23398-9200-72c5-8392-102a98d8faef', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7922-bfc3-a1dcddb1c8d7', 'PROD-001', 'Structured Logging Implementation', 'P1', 'blocked', 16, 32, '2-4 days', 'Kim Lee', '{src/leadscout/core/logging.py}', 0, 9, 2, NULL, '2026-12-01 21:52:46.615+00', '2026-12-01 21:52:52.052+00');


--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-764f-a430-8fdda0d08708', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'No race conditions - Rate limiting atomically enforced', false, NULL, 1, 760, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-7ae4-a032-14bd3dcbc710', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Database indexes - All 5 critical indexes present', false, NULL, 2, 761, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-76e6-8c47-72f61c49b8a2', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Health endpoint - /health and /ready working', false, NULL, 3, 762, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-747b-bbfb-429c9af9ce60', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Input validation - All payloads validated', false, NULL, 4, 763, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-7af6-91d2-9f0824f0b852', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Structured logging - Correlation IDs and JSON output', false, NULL, 5, 764, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-7623-b8d9-0410ffc32ea3', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Error handling - No generic except Exception', false, NULL, 6, 765, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-7401-a242-b90ee3cf43fc', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Circuit breaker - Functional with auto-recovery', false, NULL, 7, 766, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-75f4-b700-cd6c681888b9', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Monitoring dashboard - Grafana with 15+ metrics', false, NULL, 8, 769, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-751e-a8bb-579ff03fb724', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Performance baseline - Queries < 100ms p95', false, NULL, 9, 770, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-7b4e-b867-c357fa9897aa', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Database backup - Automated, tested recovery', false, NULL, 10, 771, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-7b73-9544-95df4636e070', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'API documentation - All endpoints documented', false, NULL, 11, 772, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-785b-919f-848e15cbbc80', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Deployment guide - Step-by-step production runbook', false, NULL, 12, 773, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-7911-a5e9-2200ff2d7bbc', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'CI/CD pipeline - Automated tests on every commit', false, NULL, 13, 774, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-7da4-b04a-edf29af2fee7', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Load testing results', false, NULL, 14, 777, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-77f4-8279-d3a5feb3719e', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Security audit report', false, NULL, 15, 778, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-7447-942b-c9ab16c520ae', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Performance optimization report', false, NULL, 16, 779, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8881-7709-b6a8-0f5b9655a218', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', 'Migration guide from V1', false, NULL, 17, 780, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7706-87e8-77fc1cfdd6d0', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-759d-861b-0b1cd19ee965', 'deliverable', 'Consolidated error handling (exceptions.py only)', true, '2026-12-01 21:52:45.459+00', 1, 10, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7390-82e1-ed6c4066d754', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-759d-861b-0b1cd19ee965', 'deliverable', 'Narrowed critical exception handlers (health checks)', true, '2026-12-01 21:52:45.459+00', 2, 11, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7cfd-abd6-b278e90e94fb', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-759d-861b-0b1cd19ee965', 'deliverable', 'Implemented Protocol interfaces (type-safe repositories)', true, '2026-12-01 21:52:45.459+00', 3, 12, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7c52-9929-30bcf5753d12', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-759d-861b-0b1cd19ee965', 'deliverable', 'Documented async migration path', true, '2026-12-01 21:52:45.459+00', 4, 13, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7a58-9c17-cc95a2052ba3', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-716e-8f76-a68343b5dd76', NULL, 'checklist', 'Schedule team decision meeting (30 min)', false, NULL, 0, 32, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7713-a3ec-7ea74ffb3abf', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-716e-8f76-a68343b5dd76', NULL, 'checklist', 'If Option A: Assign 1 developer for 3-4 days', false, NULL, 1, 33, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-719f-9c67-469f85721ee6', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-716e-8f76-a68343b5dd76', NULL, 'checklist', 'If Option B: Assign 1 developer for 1 day cleanup', false, NULL, 2, 34, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-789b-a9cc-f84ec7186925', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-716e-8f76-a68343b5dd76', NULL, 'checklist', 'Update project status after completion', false, NULL, 3, 35, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-735a-a164-2eb6d8a42a33', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7752-b51c-87ebfea6632a', NULL, 'checklist', 'Create GitHub issue tracking all 76 instances', false, NULL, 0, 85, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7fbe-a548-f35aac823624', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7752-b51c-87ebfea6632a', NULL, 'checklist', 'Categorize: must-fix vs acceptable-fallback', false, NULL, 1, 86, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7186-b932-05318f0070a2', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7752-b51c-87ebfea6632a', NULL, 'checklist', 'Fix high-priority routes and services (2 days)', false, NULL, 2, 87, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7ee5-8783-7f336749c193', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7752-b51c-87ebfea6632a', NULL, 'checklist', 'Document decisions for each category', false, NULL, 3, 88, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-77e6-ad00-ca2ec65117e9', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-732e-b924-d2070596c927', NULL, 'checklist', 'Implement SyncConnectionPool class', false, NULL, 0, 135, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7651-acd6-4b1de52408c0', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-732e-b924-d2070596c927', NULL, 'checklist', 'Add to database.py', false, NULL, 1, 136, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-73c5-a9ec-4296f2b011de', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-732e-b924-d2070596c927', NULL, 'checklist', 'Update get_db_connection() to use pool', false, NULL, 2, 137, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7015-ba54-78f98262c0a7', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-732e-b924-d2070596c927', NULL, 'checklist', 'Add pool metrics to health check', false, NULL, 3, 138, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7b6e-ae99-c8c873c4d1f4', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-732e-b924-d2070596c927', NULL, 'checklist', 'Load test to verify improvement', false, NULL, 4, 139, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-74bb-96f4-692140d0758a', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'checklist', 'Verify no imports remain: grep -r "from .errors import" src/', false, NULL, 0, 154, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-767a-9a7b-e1e439e37016', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'checklist', 'Remove src/dsa110_contimg/api/errors.py', false, NULL, 1, 155, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-77a4-b2d7-98334d717278', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'checklist', 'Remove from __init__.py exports if present', false, NULL, 2, 156, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7dbb-a163-d04a5a3c0133', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'checklist', 'Update any documentation referencing it', false, NULL, 3, 157, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-799f-96ed-03fe242478b0', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'checklist', 'Commit: "Remove deprecated errors.py module"', false, NULL, 4, 158, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7751-b634-6cb325509b2a', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-759d-861b-0b1cd19ee965', 'deliverable', 'Fixed configuration caching (lazy-loaded functions)', false, NULL, 0, 9, 2);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7dd9-b23c-d720e1031516', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'checklist', 'Audit repositories for business logic (1 day)', false, NULL, 0, 207, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-769d-ad52-9cbdf2bb4d15', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'checklist', 'Move QA calculations to services (2 days)', false, NULL, 1, 208, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7ee5-bb72-8ab0c3425c41', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'checklist', 'Move provenance building to services (1 day)', false, NULL, 2, 209, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7186-9791-35e1523d22d1', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'checklist', 'Update tests (1 day)', false, NULL, 3, 210, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7d61-a820-13bcdaa3788b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'checklist', 'Document service responsibilities (0.5 day)', false, NULL, 4, 211, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-738e-9764-13c738789e6b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', NULL, 'checklist', 'Implement sync Transaction context manager', false, NULL, 0, 254, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7e68-9525-953aac194d54', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', NULL, 'checklist', 'Identify operations needing transactions (batch jobs!)', false, NULL, 1, 255, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7472-9f71-b703345d7d9a', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', NULL, 'checklist', 'Update batch job creation to use transactions', false, NULL, 2, 256, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-72f5-ac22-287476803024', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', NULL, 'checklist', 'Add transaction tests', false, NULL, 3, 257, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7e42-baf2-f3fc9f8dec2a', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e37-af4b-d0a9ea5ce3a6', NULL, 'checklist', 'Document transaction patterns', false, NULL, 4, 258, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7af3-940d-4ca70d5da890', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e5d-95df-3ad8a5412ec0', NULL, 'checklist', 'Profile endpoints to find N+1 patterns (1 day)', false, NULL, 0, 294, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7317-92a7-cd775c74020b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e5d-95df-3ad8a5412ec0', NULL, 'checklist', 'Add JOIN-based query methods (1 day)', false, NULL, 1, 295, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-72d7-a2f7-06182af6680b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e5d-95df-3ad8a5412ec0', NULL, 'checklist', 'Update routes to use new methods (0.5 day)', false, NULL, 2, 296, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7fc7-83f8-f747445c669b', '01a23398-8d93-7526-b31a-a9708120f43d', '01a23398-8d93-7e5d-95df-3ad8a5412ec0', NULL, 'checklist', 'Verify performance improvement (0.5 day)', false, NULL, 3, 297, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-725c-8c60-7d902a599a09', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-7d1c-a122-a16e187e7b62', 'deliverable', 'All routes using async repositories', false, NULL, 0, 352, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7ca8-9d17-d1b2d6fdf75f', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-7d1c-a122-a16e187e7b62', 'deliverable', 'Sync implementations removed', false, NULL, 1, 353, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d93-7169-bb89-672ceeaa2c84', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-7d1c-a122-a16e187e7b62', 'deliverable', 'Clean test suite', false, NULL, 2, 354, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-74a4-b184-226082cc9d17', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d93-7d1c-a122-a16e187e7b62', 'deliverable', 'Updated documentation', false, NULL, 3, 355, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7728-95d0-3a48b654aa4b', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-795b-862a-0a5e5f9b5895', 'deliverable', '20-30 exception handlers narrowed', false, NULL, 0, 371, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7508-bc79-14551b9cdae6', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-795b-862a-0a5e5f9b5895', 'deliverable', 'Connection pool implemented', false, NULL, 1, 372, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7be9-b68b-16d0cc525715', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-795b-862a-0a5e5f9b5895', 'deliverable', 'Health check shows pool metrics', false, NULL, 2, 373, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-78a4-be3c-9f0630d6bac8', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7d19-ab10-039d84e1d6c2', 'deliverable', 'Business logic in services (not repositories)', false, NULL, 0, 388, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7a1c-b348-816b2abae5ca', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7d19-ab10-039d84e1d6c2', 'deliverable', 'Transaction support for batch operations', false, NULL, 1, 389, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7960-b441-5c50c309d714', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7d19-ab10-039d84e1d6c2', 'deliverable', 'Updated tests', false, NULL, 2, 390, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7234-9104-c2467f7f6286', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7787-963a-fedd42ba2c0a', 'deliverable', 'Optimized queries', false, NULL, 0, 406, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7fdc-bb1e-f39090004ccd', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7787-963a-fedd42ba2c0a', 'deliverable', '20+ new integration tests', false, NULL, 1, 407, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7ad9-9b26-a242f29a7e64', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, '01a23398-8d94-7787-963a-fedd42ba2c0a', 'deliverable', 'Performance benchmarks', false, NULL, 2, 408, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7ad9-93cd-419f820e7a02', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', '80%+ test coverage', false, NULL, 1, 423, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-77dc-ae30-2728efae67bc', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'All repositories implement Protocols', false, NULL, 2, 424, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-778c-b287-7eb98f86b0fb', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Zero TODO/FIXME/HACK comments in critical paths', false, NULL, 3, 425, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-74dd-8b8c-c589afd094fa', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', '< 100ms p95 response time for GET endpoints', false, NULL, 4, 429, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-77ed-84ac-f5bf5c1fa722', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', '1000+ req/sec sustained throughput', false, NULL, 5, 430, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-72ea-83ef-237463e6ff68', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', '< 5% error rate under load', false, NULL, 6, 431, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7394-ad7e-c2bff85c550b', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Single error handling system (exceptions.py)', false, NULL, 7, 435, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7afc-a415-c9e9409867b8', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Single repository pattern (async or sync, not both)', false, NULL, 8, 436, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7636-a366-79714d5e3fe3', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Clear service layer responsibilities', false, NULL, 9, 437, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7e50-a63e-70455d238c3c', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Documented transaction patterns', false, NULL, 10, 438, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7ec4-ab38-142071bb441c', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Health checks cover all dependencies', false, NULL, 11, 442, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-746b-8c2c-f1a0521dbb9f', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Metrics exported to Prometheus', false, NULL, 12, 443, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-76cd-9d5b-53b885866205', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Structured logging enabled', false, NULL, 13, 444, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7723-8388-33e732e5925c', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', 'Runbooks for common issues', false, NULL, 14, 445, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7b50-8a5b-9353a46fcf3e', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Enable ENFORCE_HTTPS=true', false, NULL, 1, 79, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7208-b85c-b716a186e23c', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Configure database with SSL (sslmode=require)', false, NULL, 2, 80, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7d69-b7e6-e68e84c3aaa3', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Set up monitoring/alerting', false, NULL, 3, 81, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-70c1-b436-ef17def1a024', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Enable Prometheus metrics collection', false, NULL, 4, 82, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7fc6-a35b-9ed4f9bfd1c6', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Review rate limit settings for expected traffic', false, NULL, 5, 83, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7386-994a-945210b8f84f', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Test graceful shutdown behavior', false, NULL, 6, 84, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7722-b258-af767615ae90', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Verify Redis and Qdrant connectivity', false, NULL, 7, 85, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-74e8-8f51-68f300186967', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Reports module improvements (synthesis, aggregation, configurable limits)', true, '2026-12-01 21:52:46.021+00', 9, 92, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-72eb-a35a-70a9cd400e8e', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Deprecated code removal (SchemaTableReport, hardcoded field groups)', true, '2026-12-01 21:52:46.021+00', 10, 93, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7963-822c-bf436cd9df66', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Security headers middleware', true, '2026-12-01 21:52:46.021+00', 11, 94, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7b74-b0c6-e105c1a3fd29', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Rate limiting middleware', true, '2026-12-01 21:52:46.021+00', 12, 95, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7756-81c3-ae903692fcc2', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Structured logging setup', true, '2026-12-01 21:52:46.021+00', 13, 96, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-751d-8257-2fc7addee6cd', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', '50+ tests for report functionality', true, '2026-12-01 21:52:46.021+00', 14, 97, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-790d-b56b-28df4ae96dc9', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-72c5-8392-102a98d8faef', NULL, 'criterion', 'All logging uses structured format with context', false, NULL, 0, 31, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-7853-b60d-660b02905990', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-72c5-8392-102a98d8faef', NULL, 'criterion', 'Environment-based logging configuration working', false, NULL, 1, 32, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-7cc2-8963-4bf75a2bb14c', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-72c5-8392-102a98d8faef', NULL, 'criterion', 'Clean separation between debug and production output', false, NULL, 2, 33, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-7897-98fe-262553532572', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-72c5-8392-102a98d8faef', NULL, 'criterion', 'Log files properly rotated and organized', false, NULL, 3, 34, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-79bb-9334-a6c857405897', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7b56-88dc-3a653d3103ef', NULL, 'criterion', 'Long operations provide real-time progress updates', false, NULL, 0, 61, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-7b64-aad6-cad427316134', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7b56-88dc-3a653d3103ef', NULL, 'criterion', 'External monitoring can track operation status', false, NULL, 1, 62, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-70c1-8b36-86f9627424e2', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7b56-88dc-3a653d3103ef', NULL, 'criterion', 'Progress files include ETA and completion estimates', false, NULL, 2, 63, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-77f9-bb29-8144088f74c5', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7b56-88dc-3a653d3103ef', NULL, 'criterion', 'No more timeout issues with batch operations', false, NULL, 3, 64, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9200-7f72-a399-678323c9b19a', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7f98-b697-977baba71069', NULL, 'criterion', 'Scripts can run in background without user interaction', false, NULL, 0, 90, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7181-b7e6-2688c089d0ee', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7f98-b697-977baba71069', NULL, 'criterion', 'Proper signal handling and graceful shutdown', false, NULL, 1, 91, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7e6f-a0c9-69442d8badfb', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7f98-b697-977baba71069', NULL, 'criterion', 'Timeout issues resolved for large datasets', false, NULL, 2, 92, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-793c-8c63-d5130678b2f9', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9200-7f98-b697-977baba71069', NULL, 'criterion', 'Process monitoring and management capabilities', false, NULL, 3, 93, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7f54-a41e-ec05699ea0d8', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-762f-9ce9-8f71d7a575c7', NULL, 'criterion', 'All operations tracked for performance', false, NULL, 0, 119, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7002-adcc-e4b2873bd545', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-762f-9ce9-8f71d7a575c7', NULL, 'criterion', 'Performance regression tests in CI/CD', false, NULL, 1, 120, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-77d1-9fd4-1384fb74463c', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-762f-9ce9-8f71d7a575c7', NULL, 'criterion', 'Historical performance data collection', false, NULL, 2, 121, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7742-8aec-0e406199ccfa', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-762f-9ce9-8f71d7a575c7', NULL, 'criterion', 'Performance baselines established', false, NULL, 3, 122, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7c9f-8735-cf5f3b1044bc', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-76db-b729-af7c1bee7100', NULL, 'criterion', 'Integration tests cover complete pipeline', false, NULL, 0, 148, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-72a8-a9c4-5e8d102f1576', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-76db-b729-af7c1bee7100', NULL, 'criterion', 'Performance tests validate production readiness', false, NULL, 1, 149, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7dd8-b3f9-e5a34e6c1e0d', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-76db-b729-af7c1bee7100', NULL, 'criterion', 'Production simulation tests pass consistently', false, NULL, 2, 150, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7b9c-bf4b-0188d63d1911', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-76db-b729-af7c1bee7100', NULL, 'criterion', 'Error scenarios handled gracefully', false, NULL, 3, 151, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7ce8-bb43-3476f2557fd1', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7c0d-8330-d9fbcc085356', NULL, 'criterion', 'Rate limiting prevents API abuse', false, NULL, 0, 177, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7daf-b5c3-6925b6e91fd0', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7c0d-8330-d9fbcc085356', NULL, 'criterion', 'Input validation covers all edge cases', false, NULL, 1, 178, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-73bd-ba8d-c757611d2cec', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7c0d-8330-d9fbcc085356', NULL, 'criterion', 'Security events properly logged and monitored', false, NULL, 2, 179, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7fc6-b53f-f68ba6143d48', '01a23398-9200-7afd-9b55-efeb82b9cd3d', '01a23398-9201-7c0d-8330-d9fbcc085356', NULL, 'criterion', 'Audit trail for all data operations', false, NULL, 3, 180, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-735d-b517-589ad2d395d0', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Progress monitoring works for all long operations', false, NULL, 1, 224, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-71a4-bdd2-434ee17b67b2', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Structured logging provides clear operational visibility', false, NULL, 2, 225, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-799c-9686-29288332592d', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', '500-lead demo completes successfully in background', true, '2026-12-01 21:52:51.961+00', 0, 223, 2);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-78a5-9f0d-5940c235d081', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'No timeout issues with any script or operation', false, NULL, 3, 226, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7622-a798-fb150d1457af', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Performance baselines established and monitored', false, NULL, 4, 227, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-732b-b7ea-309a2eb22a5e', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Integration tests validate complete system functionality', false, NULL, 5, 228, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7dac-b013-b1b6dafe0831', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'All scripts support background execution', false, NULL, 6, 231, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-749e-9f6a-d89ae22a48d2', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Logging follows structured format with context', false, NULL, 7, 232, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7214-8812-9501ea96130d', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Progress monitoring for long operations', false, NULL, 8, 233, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-74f0-a907-9141c13354fc', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Timeout handling and graceful recovery', false, NULL, 9, 234, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-7214-b80d-ae691168b3f7', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Performance monitoring and regression testing', false, NULL, 10, 235, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-70c0-879e-c8f421e392e1', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Security enhancements implemented', false, NULL, 11, 236, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-9201-788d-b223-f9cd708e9d57', '01a23398-9200-7afd-9b55-efeb82b9cd3d', NULL, NULL, 'criterion', 'Complete integration test coverage', false, NULL, 12, 237, 1);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8880-78e0-b399-4364f6100dec', '01a23398-8880-7a35-9457-439ce42fdea2', NULL, NULL, 'criterion', '70%+ code coverage with all P0/P1 scenarios passing', true, '2026-12-01 21:52:47.517+00', 0, 759, 2);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8d94-7501-af8a-b6f3466d4d7c', '01a23398-8d93-7526-b31a-a9708120f43d', NULL, NULL, 'criterion', '< 10 broad exception handlers remaining', true, '2026-12-01 21:52:49.934+00', 0, 422, 2);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-7554-891e-8793ce85275d', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Set strong API_KEY (32+ chars, non-default)', true, '2026-12-01 21:52:51.369+00', 0, 78, 2);
INSERT INTO public.items (id, plan_id, task_id, phase_id, kind, text, done, done_at, "position", source_line, version) VALUES ('01a23398-8fc5-79e2-be0d-eb9045e4b00b', '01a23398-8fc5-7f45-806c-94542d34b23e', NULL, NULL, 'criterion', 'Commit pending changes (reports improvements, sources endpoint) - merged via PR #74', false, NULL, 8, 91, 2);


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships (id, user_id, workspace_id, role, created_at) VALUES ('01a23398-7cf2-702a-b1fe-92f70f624467', '01a23398-7cd1-7092-9aaf-626968dad88b', '01a23398-7cea-70d8-b883-7a6420b36ef8', 'owner', '2026-12-01 21:52:41.202+00');


--
-- Data for Name: metrics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-7436-b746-1e3e03d2ea25', '01a23398-8880-7a35-9457-439ce42fdea2', 'config.py', '>=', 95, '%', 0, 401, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-716b-aa22-8833d749d152', '01a23398-8880-7a35-9457-439ce42fdea2', 'rate_limiter.py', '>=', 90, '%', 1, 402, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-7d72-8f39-375c86a26be6', '01a23398-8880-7a35-9457-439ce42fdea2', 'engine.py', '>=', 85, '%', 2, 404, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-790c-aec7-7650e5607a9a', '01a23398-8880-7a35-9457-439ce42fdea2', 'code coverage', '>=', 70, '%', 3, 759, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-7f36-a9b3-4a8374253ce9', '01a23398-8880-7a35-9457-439ce42fdea2', 'Monitoring dashboard - Grafana with metrics', '>=', 15, '', 4, 769, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8881-733e-afd1-b7782f7cc9fb', '01a23398-8880-7a35-9457-439ce42fdea2', 'Queries p95', '<', 100, 'ms', 5, 770, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-7e75-86a9-ab0163ae7e3f', '01a23398-8d93-7526-b31a-a9708120f43d', 'better throughput under load', '>=', 5, 'x', 0, 359, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-77ee-bade-d29548dd9095', '01a23398-8d93-7526-b31a-a9708120f43d', 'faster list endpoints', '>=', 2, 'x', 1, 412, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-7bb0-9458-9d9071cc3fa5', '01a23398-8d93-7526-b31a-a9708120f43d', 'test coverage', '>=', 80, '%', 2, 413, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-736d-8129-2973b90d22af', '01a23398-8d93-7526-b31a-a9708120f43d', 'broad exception handlers remaining', '<', 10, '', 3, 422, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-74bd-8826-87c0cf47d71a', '01a23398-8d93-7526-b31a-a9708120f43d', 'p95 response time for GET endpoints', '<', 100, 'ms', 4, 429, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-7856-b57f-d35b5ff03dde', '01a23398-8d93-7526-b31a-a9708120f43d', 'sustained throughput', '>=', 1000, 'req/s', 5, 430, 1);
INSERT INTO public.metrics (id, plan_id, name, op, value, unit, "position", source_line, version) VALUES ('01a23398-8d94-767e-ac82-095de4b9f22c', '01a23398-8d93-7526-b31a-a9708120f43d', 'error rate under load', '<', 5, '%', 6, 431, 1);


--
-- Data for Name: task_dependencies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-79d5-936c-fe7d629690e2', '01a23398-8880-71fa-85be-606c48dd251f', '01a23398-8880-785d-846f-ebb6688897f7', '1.1', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-7c44-9488-a5fb3db49baa', '01a23398-8880-7517-beb5-237caa0549f6', NULL, 'Phase 1 complete', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-7ded-9c0a-e43464323482', '01a23398-8880-7efa-99c3-d1d745b2f0be', '01a23398-8880-7517-beb5-237caa0549f6', '2.1', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-7050-abc1-a19261d268b9', '01a23398-8880-74a6-9c22-c86358190307', '01a23398-8880-7efa-99c3-d1d745b2f0be', '2.2', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-7e5c-a2bc-e613c88bc6e8', '01a23398-8880-7fdf-9d0b-70521d2aece1', '01a23398-8880-7517-beb5-237caa0549f6', '2.1', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-75bf-8267-26894225ea50', '01a23398-8880-7fdf-9d0b-70521d2aece1', '01a23398-8880-7efa-99c3-d1d745b2f0be', '2.2', 1);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8880-77bd-9180-c53e5bf2693c', '01a23398-8880-7fdf-9d0b-70521d2aece1', '01a23398-8880-74a6-9c22-c86358190307', '2.3', 2);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8d94-7e7e-9e23-5333dc25cd60', '01a23398-8d93-7004-9131-60a377bbef44', NULL, 'Error consolidation complete', 0);
INSERT INTO public.task_dependencies (id, task_id, depends_on_id, raw, "position") VALUES ('01a23398-8d94-74e5-b92a-a54f0a9954fd', '01a23398-8d93-7214-bb37-5fb13fe44e53', NULL, 'Async migration helpful but not required', 0);


--
-- PostgreSQL database dump complete
--


