"""CI runs what the README documents, and publishes the site the way GitHub Pages prescribes."""
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import fenced_code_blocks
from ruleoflaw import cache

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PAGES_WORKFLOW = WORKFLOWS / "pages.yml"
CI_SCRIPT = ROOT / ".ci" / "run"
README = ROOT / "README.md"
MAKEFILE = ROOT / "Makefile"

README_COMMANDS = ("make test", "make serve")
SITE_DIRECTORY = "site"


def _load_yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _action(step):
    """'actions/deploy-pages' for a step that uses actions/deploy-pages@v4; None for a run step."""
    return step["uses"].split("@")[0] if "uses" in step else None


def _step_using(job, action):
    steps = [step for step in job["steps"] if _action(step) == action]
    assert steps, f"no step uses {action}"
    return steps[0]


def _runs_command(script, command):
    """Whether a shell script has `command` as a line of its own (so not in a comment or an echo)."""
    return re.search(rf"^\s*{re.escape(command)}\s*$", script, re.MULTILINE) is not None


def _index_of_step_running(job, command):
    for index, step in enumerate(job["steps"]):
        if _runs_command(step.get("run", ""), command):
            return index
    raise AssertionError(f"no step runs `{command}`")


def _makefile_targets():
    # `name:` but not `name := value`, which is a variable.
    return set(re.findall(r"^([\w.-]+)\s*:(?!=)", MAKEFILE.read_text(encoding="utf-8"), re.MULTILINE))


@pytest.fixture(scope="module")
def pages():
    return _load_yaml(PAGES_WORKFLOW)


@pytest.fixture(scope="module")
def build_job(pages):
    return pages["jobs"]["build"]


@pytest.fixture(scope="module")
def deploy_job(pages):
    return pages["jobs"]["deploy"]


@pytest.mark.parametrize("workflow", sorted(WORKFLOWS.glob("*.y*ml")), ids=lambda path: path.name)
def test_every_workflow_is_yaml_with_jobs(workflow):
    assert "jobs" in _load_yaml(workflow)


def test_pages_workflow_runs_on_every_push_to_main(pages):
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = pages.get("on", pages.get(True))
    assert "main" in triggers["push"]["branches"]


def test_pages_workflow_may_read_the_repository_and_deploy_to_pages(pages):
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_pages_deployments_queue_instead_of_cancelling_each_other(pages):
    assert pages["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_deploy_job_publishes_what_the_build_job_uploaded(deploy_job):
    needs = deploy_job["needs"]
    assert "build" in ([needs] if isinstance(needs, str) else needs)
    deployment = _step_using(deploy_job, "actions/deploy-pages")
    assert deployment["id"] == "deployment"


def test_deploy_job_reports_the_page_address_in_the_github_pages_environment(deploy_job):
    assert deploy_job["environment"] == {"name": "github-pages",
                                         "url": "${{ steps.deployment.outputs.page_url }}"}


def test_build_job_uploads_the_site_directory_for_pages(build_job):
    _step_using(build_job, "actions/configure-pages")
    upload = _step_using(build_job, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == SITE_DIRECTORY


def test_build_job_tests_then_builds_the_site_then_uploads_it(build_job):
    upload = build_job["steps"].index(_step_using(build_job, "actions/upload-pages-artifact"))
    assert _index_of_step_running(build_job, "make test") < _index_of_step_running(build_job, "make site") < upload


def test_build_job_restores_the_record_cache_before_it_builds_the_site(build_job):
    """The records a deploy reads back are where the build keeps them, restored before `make site`."""
    restore = _step_using(build_job, "actions/cache")
    assert Path(restore["with"]["path"]) == cache.cache_dir(Path("."))
    assert restore["with"]["restore-keys"] and restore["with"]["key"].startswith(restore["with"]["restore-keys"])
    assert build_job["steps"].index(restore) < _index_of_step_running(build_job, "make site")


def test_the_site_is_built_with_its_published_address_and_its_repository(build_job):
    """mkdocs.yml reads both from the environment (a local build has neither), the Pages build sets them."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV [SITE_URL," in config and "repo_url: !ENV [REPO_URL, null]" in config
    site = build_job["steps"][_index_of_step_running(build_job, "make site")]
    assert site["env"]["SITE_URL"].startswith("${{ steps.pages.outputs.base_url }}")
    assert site["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"


@pytest.mark.parametrize("target", ["test", "serve", "site"])
def test_make_commands_used_by_readme_and_ci_are_makefile_targets(target):
    assert target in _makefile_targets()


@pytest.mark.parametrize("command", README_COMMANDS)
def test_readme_documents_the_command_in_a_code_block(command):
    assert README.is_file(), "README.md is missing"
    blocks = fenced_code_blocks(README.read_text(encoding="utf-8"))
    # A documented command may be shown after a shell prompt.
    lines = {line.strip().removeprefix("$ ") for block in blocks for line in block.splitlines()}
    assert command in lines


def test_ci_script_runs_the_readme_test_command():
    assert _runs_command(CI_SCRIPT.read_text(encoding="utf-8"), "make test")


def test_ci_script_requires_browser_tests_rather_than_skipping_them():
    assert _runs_command(CI_SCRIPT.read_text(encoding="utf-8"), "export REQUIRE_BROWSER=1")


def test_ci_script_is_executable():
    assert os.access(CI_SCRIPT, os.X_OK)
